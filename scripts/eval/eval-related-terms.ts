/**
 * Measures whether related terms (lib/text/related-terms.ts, data/related-terms.json) would help the sentence
 * matcher, without changing it: two soft-overlap features are computed here (for each side, the weight of its
 * content terms that the other side does not share but says in a related word, times the similarity, over the
 * side's total weight; names stay exact), a logistic model is fitted on MRPC train with and without them (the
 * same fit as scripts/fit/fit-matcher.ts), and both are scored on
 * - MRPC test (accuracy and F1 at 0.5),
 * - the seeds: every page sentence of a seed against every sentence of the other seeds (leave-one-out corpus,
 *   as scripts/eval/eval-engine.ts), a pair positive when the gold (../shared/eval/seed-facts.json) has the two
 *   state a fact in common: ranking AUC, and how many positive pairs rank above the top N negatives (the
 *   engine's operating region: it must keep precision ≥ 0.95).
 * Run: npx tsx scripts/eval/eval-related-terms.ts [--min-sim S]  (S: ignore related pairs less similar than S)
 *
 * Result (November 2026, table built with the defaults of scripts/build/build-related-terms.ts and WordNet): MRPC
 * test 0.713/0.804 → 0.714/0.805; seed pair AUC 0.877 → 0.886, but no gain in the operating region (about as
 * many positives above the top 10–100 negatives). Wired into the engine (features in pair-features.ts, views
 * carrying related ids, matcher and thresholds refitted), the seeds' corroboration F1 under the precision
 * floor fell (0.596 → 0.571; GloVe alone or WordNet synonyms only did no better), so the engine does not use
 * the table. See the branch's report for the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpusIndex, loadCorpus } from '../../lib/corpus/corpus.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { pageSentences, tokensOf } from '../../lib/analysis/page-sentences.ts';
import { TermMapper, type SentenceView } from '../../lib/analysis/sentence-view.ts';
import { nameTermsOf } from '../../lib/text/entities.ts';
import { corpusTermStats } from '../../lib/analysis/term-stats.ts';
import { matchProbability, type MatcherWeights } from '../../lib/analysis/matcher.ts';
import { pairFeatures, type TermStats } from '../../lib/analysis/pair-features.ts';
import { relatedTerms } from '../../lib/text/related-terms.ts';
import { classify } from './classification.ts';
import { readCorpusDocuments } from '../build/corpus-documents.ts';
import { loadMrpc } from './mrpc.ts';
import { goldSentences, loadSeedFacts, SHARED } from './seed-gold.ts';

const { values } = parseArgs({ options: { 'min-sim': { type: 'string', default: '0' } } });
const MIN_SIM = Number(values['min-sim']);

const mrpc = loadMrpc();
const facts = loadSeedFacts();
if (!mrpc || !facts) {
  console.log(
    'eval-related-terms: needs ../shared/outside/mrpc and ../shared/eval/seed-facts.json; nothing measured.',
  );
  process.exit(0);
}

/** Soft overlap of each side with the other, over each side's total term weight. */
function softFeatures(
  a: SentenceView,
  b: SentenceView,
  stats: TermStats,
  termOf: (id: number) => string,
): [number, number] {
  const side = (self: SentenceView, other: SentenceView) => {
    const otherContent = new Set<string>();
    for (const term of other.termSet) if (!stats.isName(term)) otherContent.add(termOf(term));
    let soft = 0;
    let total = 0;
    for (const term of self.termSet) {
      const weight = stats.weight(term);
      total += weight;
      if (other.termSet.has(term) || stats.isName(term)) continue;
      let best = 0;
      for (const near of relatedTerms(termOf(term))) {
        if (near.similarity < MIN_SIM) break;
        if (otherContent.has(near.term)) {
          best = near.similarity;
          break;
        }
      }
      soft += weight * best;
    }
    return Math.min(1, soft / Math.max(total, 1e-9));
  };
  return [side(a, b), side(b, a)];
}

// MRPC: the matcher's features, refitted here with and without the soft ones.
const rowsOf = (pairs: typeof mrpc.train, withSoft: boolean) =>
  pairs.map((pair) => ({
    x: [
      ...pairFeatures(pair.a, pair.b, mrpc.stats),
      ...(withSoft ? softFeatures(pair.a, pair.b, mrpc.stats, mrpc.termOf) : []),
    ],
    y: pair.label,
  }));
const models = {
  without: fitLogistic(rowsOf(mrpc.train, false), 0.001),
  with: fitLogistic(rowsOf(mrpc.train, true), 0.001),
};
for (const [name, model] of Object.entries(models)) {
  const test = rowsOf(mrpc.test, name === 'with');
  const scores = classify(
    test.map((row) => ({ score: matchProbability(row.x, model), label: row.y })),
    0.5,
  );
  console.log(
    `MRPC test, ${name} soft features: accuracy ${scores.accuracy.toFixed(3)}, F1 ${scores.f1.toFixed(3)}; soft weights ${model.weights.slice(9).map((w) => w.toFixed(2))}`,
  );
}

// Seeds: page sentence × other seeds' sentences, positive when the gold has them share a fact.
const documents = readCorpusDocuments();
const goldOf = new Map<string, Map<string, Set<string>>>();
const docOf = new Map<string, string>();
for (const [short, file] of Object.entries(facts.docs)) {
  const id = file.replace(/\.txt$/, '');
  docOf.set(id, short);
  const text = documents.find((doc) => doc.id === id)?.text ?? '';
  goldOf.set(short, new Map(goldSentences(facts, short, text).map((s) => [s.text, s.facts])));
}
interface Row {
  label: boolean;
  with: number;
  without: number;
  /** Fewer than two shared terms: the engine never scores the pair (lib/analysis/match-pairs.ts). */
  skipped: boolean;
}
const rows: Row[] = [];
for (const [short, file] of Object.entries(facts.docs)) {
  const id = file.replace(/\.txt$/, '');
  const corpus = loadCorpus(buildCorpusIndex(documents.filter((doc) => doc.id !== id)));
  const article = articleFromText(readFileSync(join(SHARED, 'seeds', file), 'utf8'));
  const sentences = pageSentences(article, () => false);
  const mapper = new TermMapper(corpus);
  const views = sentences.map((s) => mapper.view(s.text, s.info));
  const pageNames = new Set([...nameTermsOf(tokensOf(sentences))].map((t) => mapper.idOf(t)));
  const stats = corpusTermStats(corpus, pageNames);
  const termOf = (term: number) => mapper.termOf(term);
  for (const view of views) {
    const mine = goldOf.get(short)?.get(view.text) ?? new Set<string>();
    for (const reference of corpus.sentences) {
      const other = docOf.get(reference.docId);
      if (other === undefined) continue;
      const theirs = goldOf.get(other)?.get(reference.text) ?? new Set<string>();
      const base = pairFeatures(view, reference, stats);
      let shared = 0;
      for (const term of reference.termSet) if (view.termSet.has(term)) shared++;
      rows.push({
        label: [...mine].some((fact) => theirs.has(fact)),
        without: matchProbability(base, models.without),
        with: matchProbability([...base, ...softFeatures(view, reference, stats, termOf)], models.with),
        skipped: shared < 2,
      });
    }
  }
}
const positives = rows.filter((row) => row.label).length;
console.log(`seeds: ${rows.length} pairs, ${positives} stating a fact in common`);
for (const key of ['without', 'with'] as const)
  console.log(
    `  ranking AUC, ${key} soft features: ${auc(rows.map((row) => ({ score: row[key], label: row.label }))).toFixed(3)}`,
  );
const scored = rows.filter((row) => !row.skipped);
for (const negatives of [10, 20, 35, 50, 100]) {
  const above = (key: 'with' | 'without') => {
    let seen = 0;
    let found = 0;
    for (const row of [...scored].sort((a, b) => b[key] - a[key])) {
      if (row.label) found++;
      else if (++seen >= negatives) break;
    }
    return found;
  };
  console.log(
    `  positives above the top ${negatives} negatives: without ${above('without')}, with ${above('with')}`,
  );
}
console.log(
  `  positives sharing fewer than two terms (never scored): ${rows.filter((r) => r.label && r.skipped).length}`,
);

function auc(scores: { score: number; label: boolean }[]): number {
  const sorted = [...scores].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let count = 0;
  for (let at = 0; at < sorted.length;) {
    let end = at;
    while (end < sorted.length && sorted[end]!.score === sorted[at]!.score) end++;
    for (let i = at; i < end; i++) if (sorted[i]!.label) (count++, (rankSum += (at + end + 1) / 2));
    at = end;
  }
  return (rankSum - (count * (count + 1)) / 2) / (count * (sorted.length - count));
}

/** The fit of scripts/fit/fit-matcher.ts: batch gradient descent, L2-regularised logistic regression. */
function fitLogistic(data: { x: number[]; y: number }[], l2: number): MatcherWeights {
  const size = data[0]?.x.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  const rate = 0.5;
  for (let iteration = 0; iteration < 4000; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    let gradientBias = 0;
    for (const { x, y } of data) {
      const error = matchProbability(x, { weights, bias }) - y;
      x.forEach((value, index) => (gradient[index] = (gradient[index] ?? 0) + error * value));
      gradientBias += error;
    }
    for (let index = 0; index < size; index++)
      weights[index] =
        (weights[index] ?? 0) - rate * ((gradient[index] ?? 0) / data.length + l2 * (weights[index] ?? 0));
    bias -= (rate * gradientBias) / data.length;
  }
  return { weights, bias };
}
