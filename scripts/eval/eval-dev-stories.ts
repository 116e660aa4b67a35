/**
 * Stories and missing context on the dev sets of other domains (tests/fixtures/dev-sets, issue 10): for each
 * domain and overall,
 * - story assignment: a page on story A is related to exactly A's articles, never to B's; an unrelated page is in
 *   no story;
 * - missing recall within the first 8: of the facts a story-A page omits (`omits`), the share that a missing item
 *   among the first 8 reports (the item's text holds one of the fact's mention quotes, or lies inside one);
 * - items that report no labelled fact of story A (commentary, filler, story B) among all items shown;
 * - items that report only facts the page does state (a labelled sentence of the page gives them, perhaps less
 *   specifically or with another value): "missing" yet told.
 */
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { collapseWhitespace } from '../../lib/text/whitespace.ts';
import { loadDevSets, type DevFact, type DevSet } from './dev-sets.ts';

export const MISSING_RANKS = 8;

export interface DevStoryScores {
  domain: string;
  pages: number;
  storyRight: number;
  /** Pages related to an article of story B. */
  storyBRelated: number;
  omitted: number;
  omittedRecalled: number;
  /** Omitted facts that could be recalled within the first 8: min(8, omitted) per page. */
  recallable: number;
  items: number;
  itemsWithoutFact: number;
  /** Items all of whose facts the page states (told, not missing). */
  itemsTold: number;
  /** The same on the briefs alone (the measure). */
  briefOmitted: number;
  briefRecalled: number;
  briefRecallable: number;
  /** Recalled facts counted up to min(8, omitted) per page (an item may report several). */
  recalledCapped: number;
  briefRecalledCapped: number;
  problems: string[];
}

/** The labelled facts a missing item reports: its text holds one of their quotes or lies inside one. */
export function factsOfItem(text: string, facts: DevFact[]): string[] {
  const item = collapseWhitespace(text);
  return facts
    .filter((fact) =>
      fact.mentions.some((mention) => {
        const quote = collapseWhitespace(mention.quote);
        return item.includes(quote) || quote.includes(item);
      }),
    )
    .map((fact) => fact.id);
}

export function evalDevStories(set: DevSet): DevStoryScores {
  const corpus = set.corpus();
  const storyA = set.references.filter((ref) => ref.story === 'A').map((ref) => ref.id);
  const storyB = new Set(set.references.filter((ref) => ref.story !== 'A').map((ref) => ref.id));
  const scores: DevStoryScores = {
    domain: set.domain,
    pages: 0,
    storyRight: 0,
    storyBRelated: 0,
    omitted: 0,
    omittedRecalled: 0,
    recallable: 0,
    items: 0,
    itemsWithoutFact: 0,
    itemsTold: 0,
    briefOmitted: 0,
    briefRecalled: 0,
    briefRecallable: 0,
    recalledCapped: 0,
    briefRecalledCapped: 0,
    problems: [],
  };
  for (const page of set.pages) {
    const result = compareWithCorpus(page.article, corpus);
    const related = result.story.related.map((entry) => entry.docId).sort();
    scores.pages++;
    const expected = page.labels.story === 'A' ? [...storyA].sort() : [];
    if (related.join() === expected.join()) scores.storyRight++;
    else scores.problems.push(`${page.name}: related [${related}] (expected [${expected}])`);
    if (related.some((id) => storyB.has(id))) scores.storyBRelated++;
    if (page.labels.story !== 'A') continue;
    const shown = result.missing.slice(0, MISSING_RANKS);
    const recalled = new Set(shown.flatMap((item) => factsOfItem(item.text, set.facts)));
    const omits = page.labels.omits ?? [];
    const brief = page.labels.kind === 'brief';
    scores.recallable += Math.min(MISSING_RANKS, omits.length);
    if (brief) scores.briefRecallable += Math.min(MISSING_RANKS, omits.length);
    const cap = Math.min(MISSING_RANKS, omits.length);
    const found = Math.min(cap, omits.filter((fact) => recalled.has(fact)).length);
    scores.recalledCapped += found;
    if (brief) scores.briefRecalledCapped += found;
    for (const fact of omits) {
      scores.omitted++;
      if (brief) scores.briefOmitted++;
      if (recalled.has(fact)) scores.omittedRecalled++;
      if (recalled.has(fact) && brief) scores.briefRecalled++;
      else if (page.labels.kind === 'brief')
        scores.problems.push(`${page.name}: ${fact} not among the first ${MISSING_RANKS}`);
    }
    const told = new Set(page.labels.sentences.flatMap((sentence) => (sentence.fact ? [sentence.fact] : [])));
    for (const item of shown) {
      scores.items++;
      const facts = factsOfItem(item.text, set.facts);
      if (facts.length === 0) {
        scores.itemsWithoutFact++;
        scores.problems.push(`${page.name}: item reports no labelled fact: ${item.text.slice(0, 100)}`);
      } else if (facts.every((fact) => told.has(fact))) {
        scores.itemsTold++;
        scores.problems.push(
          `${page.name}: item reports only facts the page states: ${item.text.slice(0, 100)}`,
        );
      }
    }
  }
  return scores;
}

const ratio = (part: number, whole: number) => `${(part / Math.max(whole, 1)).toFixed(3)} (${part}/${whole})`;

/** Prints the figures; returns false when there are no dev sets. */
export function printDevStories(verbose = false, root?: string): boolean {
  const sets = loadDevSets(root);
  if (sets.length === 0) {
    console.log('-- dev sets (tests/fixtures/dev-sets): none yet');
    return false;
  }
  console.log(
    `-- dev sets, stories and missing context (targets: missing recall within the first ${MISSING_RANKS} ≥ 0.8, no commentary)`,
  );
  const all = sets.map(evalDevStories);
  const total = all.reduce((sum, s) => ({
    ...sum,
    pages: sum.pages + s.pages,
    storyRight: sum.storyRight + s.storyRight,
    storyBRelated: sum.storyBRelated + s.storyBRelated,
    omitted: sum.omitted + s.omitted,
    omittedRecalled: sum.omittedRecalled + s.omittedRecalled,
    recallable: sum.recallable + s.recallable,
    items: sum.items + s.items,
    itemsWithoutFact: sum.itemsWithoutFact + s.itemsWithoutFact,
    itemsTold: sum.itemsTold + s.itemsTold,
    briefOmitted: sum.briefOmitted + s.briefOmitted,
    briefRecalled: sum.briefRecalled + s.briefRecalled,
    briefRecallable: sum.briefRecallable + s.briefRecallable,
    recalledCapped: sum.recalledCapped + s.recalledCapped,
    briefRecalledCapped: sum.briefRecalledCapped + s.briefRecalledCapped,
  }));
  for (const s of [...all, { ...total, domain: 'overall', problems: [] }]) {
    console.log(
      `${s.domain.padEnd(16)} story right ${s.storyRight}/${s.pages}, related to story B ${s.storyBRelated}; ` +
        `brief: missing recall@${MISSING_RANKS} ${ratio(s.briefRecalled, s.briefOmitted)} (of at most ${MISSING_RANKS}: ` +
        `${ratio(s.briefRecalledCapped, s.briefRecallable)}); all story-A pages: ${ratio(s.omittedRecalled, s.omitted)} ` +
        `(of at most ${MISSING_RANKS}: ${ratio(s.recalledCapped, s.recallable)}); ` +
        `items reporting no labelled fact ${s.itemsWithoutFact}/${s.items}, only facts the page states ${s.itemsTold}/${s.items}`,
    );
    if (verbose) for (const problem of s.problems) console.log(`  ${problem}`);
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`)
  printDevStories(process.argv.includes('--verbose'), process.env.CROSSCHECK_DEV_SETS);
