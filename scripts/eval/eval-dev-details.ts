/**
 * Scores the other-domain dev sets (tests/fixtures/dev-sets, issue 14): per domain and overall,
 * - conflicts: recall over sentences labelled `conflicting`, precision over labelled sentences called conflicting
 *   (and how often the detail names the page's value);
 * - corroborated claims whose evidence states a different value for one of their details (target 0), and
 *   sentences labelled conflicting that were called corroborated;
 * - less-specific sentences called conflicting (target 0);
 * - corroborated precision / recall on the labels (less-specific and corroborated count as right when
 *   corroborated; recall is over `corroborated`);
 * - pages on a story the references lack (`story: null`): corroborated claims (target 0).
 * Run alone with `npx tsx scripts/eval/eval-dev-details.ts [--verbose]`, or through scripts/eval/eval-engine.ts.
 */
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { pairDifference } from '../../lib/analysis/detail-check.ts';
import { TermMapper } from '../../lib/analysis/sentence-view.ts';
import type { Claim } from '../../lib/report.ts';
import { sentenceTerms } from '../../lib/text/sentence-terms.ts';
import { loadDevSets, type DevSentence, type DevSet } from './dev-sets.ts';

export interface DetailScores {
  domain: string;
  pages: number;
  labelledConflicting: number;
  conflictsFound: number;
  calledConflicting: number;
  rightlyConflicting: number;
  detailNamesValue: number;
  corroboratedWithDifferentValue: string[];
  conflictingCalledCorroborated: string[];
  lessSpecificCalledConflicting: string[];
  corroboratedTrue: number;
  corroboratedFalse: number;
  corroboratedGold: number;
  corroboratedGoldFound: number;
  unrelatedCorroborated: number;
  errors: string[];
  milliseconds: number[];
}

const empty = (domain: string): DetailScores => ({
  domain,
  pages: 0,
  labelledConflicting: 0,
  conflictsFound: 0,
  calledConflicting: 0,
  rightlyConflicting: 0,
  detailNamesValue: 0,
  corroboratedWithDifferentValue: [],
  conflictingCalledCorroborated: [],
  lessSpecificCalledConflicting: [],
  corroboratedTrue: 0,
  corroboratedFalse: 0,
  corroboratedGold: 0,
  corroboratedGoldFound: 0,
  unrelatedCorroborated: 0,
  errors: [],
  milliseconds: [],
});

function claimFor(claims: Claim[], sentence: DevSentence): Claim | undefined {
  return claims.find((claim) => claim.text.includes(sentence.quote) || sentence.quote.includes(claim.text));
}

export function scoreDevSet(set: DevSet): DetailScores {
  const scores = empty(set.domain);
  const corpus = set.corpus();
  const mapper = new TermMapper(corpus);
  const isName = (term: number) => corpus.names.has(term);
  for (const page of set.pages) {
    scores.pages++;
    const started = performance.now();
    const result = compareWithCorpus(page.article, corpus);
    scores.milliseconds.push(performance.now() - started);
    const where = `${set.domain}/${page.name}`;
    if (page.labels.story === null) {
      const corroborated = result.claims.filter((claim) => claim.status === 'corroborated');
      scores.unrelatedCorroborated += corroborated.length;
      for (const claim of corroborated)
        scores.errors.push(`${where}: corroborated on a story the corpus lacks: ${claim.text}`);
    }
    for (const sentence of page.labels.sentences) {
      const claim = claimFor(result.claims, sentence);
      const status = claim?.status ?? 'none';
      const line = `${where}: [${sentence.expect}→${status}] ${claim?.detail ? `(${claim.detail}) ` : ''}${sentence.quote.slice(0, 100)}`;
      if (sentence.expect === 'conflicting') {
        scores.labelledConflicting++;
        if (status === 'conflicting') {
          scores.conflictsFound++;
          if (!sentence.page || claim?.detail?.includes(sentence.page)) scores.detailNamesValue++;
          else scores.errors.push(`${line} — detail does not name ${sentence.page}`);
        } else scores.errors.push(line);
        if (status === 'corroborated') scores.conflictingCalledCorroborated.push(line);
      }
      if (status === 'conflicting') {
        scores.calledConflicting++;
        if (sentence.expect === 'conflicting') scores.rightlyConflicting++;
        else scores.errors.push(line);
        if (sentence.expect === 'less-specific') scores.lessSpecificCalledConflicting.push(line);
      }
      if (sentence.expect === 'corroborated') {
        scores.corroboratedGold++;
        if (status !== 'corroborated') scores.errors.push(line);
        else scores.corroboratedGoldFound++;
      }
      if (status === 'corroborated') {
        if (sentence.expect === 'corroborated' || sentence.expect === 'less-specific') {
          scores.corroboratedTrue++;
        } else {
          scores.corroboratedFalse++;
          if (sentence.expect !== 'conflicting') scores.errors.push(line);
        }
      }
    }
    // Every corroborated claim, labelled or not: does its evidence state another value for one of its details?
    for (const claim of result.claims) {
      if (claim.status !== 'corroborated') continue;
      const view = mapper.view(claim.text, sentenceTerms(claim.text));
      for (const evidence of claim.evidence) {
        const difference = pairDifference(
          view,
          mapper.view(evidence.text, sentenceTerms(evidence.text)),
          isName,
        );
        if (!difference) continue;
        scores.corroboratedWithDifferentValue.push(
          `${where}: ${difference.page.text} here, ${difference.reference.text} in ${evidence.docId}: ${claim.text.slice(0, 90)}`,
        );
        break;
      }
    }
  }
  return scores;
}

function total(all: DetailScores[]): DetailScores {
  const sum = empty('all');
  for (const s of all) {
    for (const key of Object.keys(sum) as (keyof DetailScores)[]) {
      const value = s[key];
      if (typeof value === 'number') (sum[key] as number) += value;
      else if (Array.isArray(value)) (sum[key] as unknown[]).push(...value);
    }
  }
  return sum;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(3));

export function formatScores(s: DetailScores): string {
  const median = [...s.milliseconds].sort((a, b) => a - b)[Math.floor(s.milliseconds.length / 2)] ?? 0;
  return (
    `${s.domain.padEnd(15)} ${String(s.pages).padStart(2)} pages | conflicts recall ${ratio(s.conflictsFound, s.labelledConflicting)} ` +
    `(${s.conflictsFound}/${s.labelledConflicting}), precision ${ratio(s.rightlyConflicting, s.calledConflicting)} ` +
    `(${s.rightlyConflicting}/${s.calledConflicting}), detail names the value ${s.detailNamesValue}/${s.conflictsFound} | ` +
    `corroborated with a different value ${s.corroboratedWithDifferentValue.length}, labelled conflicting called corroborated ` +
    `${s.conflictingCalledCorroborated.length} | less-specific called conflicting ${s.lessSpecificCalledConflicting.length} | ` +
    `corroborated P ${ratio(s.corroboratedTrue, s.corroboratedTrue + s.corroboratedFalse)} R ${ratio(s.corroboratedGoldFound, s.corroboratedGold)} | ` +
    `unrelated pages: corroborated ${s.unrelatedCorroborated} | median ${median.toFixed(1)} ms/page`
  );
}

/** Prints the dev-set scores (of the folders under `root`, the dev sets by default); false when there are none. */
export function evalDevDetails(verbose = false, root?: string): boolean {
  const sets = loadDevSets(root);
  if (sets.length === 0) return false;
  const all = sets.map(scoreDevSet);
  for (const scores of all) console.log(formatScores(scores));
  const sum = total(all);
  console.log(formatScores(sum));
  for (const line of sum.corroboratedWithDifferentValue)
    console.log(`  CORROBORATED WITH A DIFFERENT VALUE ${line}`);
  for (const line of sum.lessSpecificCalledConflicting)
    console.log(`  LESS SPECIFIC CALLED CONFLICTING ${line}`);
  if (verbose) for (const line of sum.errors) console.log(`  ${line}`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --sets <folder>: score other sets of the same format instead, e.g. tests/fixtures/held-out-sets (never tuned on)
  const setsAt = process.argv.indexOf('--sets');
  const root = setsAt >= 0 ? process.argv[setsAt + 1] : undefined;
  if (!evalDevDetails(process.argv.includes('--verbose'), root))
    console.log(`no dev sets in ${root ?? 'tests/fixtures/dev-sets'}`);
}
