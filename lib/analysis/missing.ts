import type { Corpus } from '../corpus/corpus.ts';
import type { MissingFact } from '../report.ts';
import { sameQuantity, type Quantity } from '../text/numbers.ts';
import { sameFactScore, type StoryFact } from '../stories/facts.ts';
import type { PairMatch } from './match-pairs.ts';
import type { TermStats } from './pair-features.ts';
import { MAX_MISSING, THRESHOLDS } from './thresholds.ts';

/** Least importance of an item in a story of several articles, whatever the first item's: a fact only one of them
 * reports (importance 1 for the article) must come early in it or carry names and figures (up to ~1.7 more) to be
 * listed; one reported once, late and vaguely (background, colour: ~1.3–1.6) is not, however short the list. In a
 * story of one article every fact is reported once, and only the first item's importance sets the bar. */
const MIN_IMPORTANCE = 1.7;

/**
 * The story's facts the page states nowhere (not in other words, not inside a longer sentence), most important
 * first: how many of the story's articles report it, how early, how concretely. Commentary is never one; facts
 * that say the same thing are one item listing every article; the list stops where importance falls off.
 */
export function findMissing(
  facts: StoryFact[],
  relatedDocs: Set<number>,
  matches: PairMatch[],
  corpus: Corpus,
  stats: TermStats,
  pageFigures: Quantity[],
  evidence: Set<number> = new Set(),
): MissingFact[] {
  const covered = new Set<number>(evidence);
  // The page states the fact: a claim's evidence, restated, said in full inside a longer sentence, the same words
  // quoted, or the same figure said of the same thing.
  for (const match of matches) {
    if (
      match.probability >= THRESHOLDS.covered ||
      match.referenceCoverage >= THRESHOLDS.coveredInside ||
      match.sharedQuoted >= THRESHOLDS.sharedQuoteTerms ||
      (match.sameFigure && match.sharedContent >= THRESHOLDS.figureContentTerms)
    )
      covered.add(match.sentence);
  }
  const items: {
    sentences: number[];
    heads: number[];
    docs: Set<number>;
    importance: number;
    unstated: Quantity[];
  }[] = [];
  for (const fact of facts) {
    if (!fact.checkable) continue;
    const sentences = fact.sentences.filter((index) => relatedDocs.has(corpus.sentences[index]!.doc));
    if (sentences.length === 0) continue;
    // A sentence the page restates may still carry a figure the page gives nowhere ("in a two-year trial"): that
    // detail is missing, and the sentence is the place to read it; it ranks below facts missing altogether.
    let importance = fact.importance;
    let unstated: Quantity[] = [];
    if (isCovered(sentences, covered)) {
      unstated = unstatedFigures(corpus.sentences[sentences[0]!]!.quantities, pageFigures);
      if (unstated.length === 0) continue;
      importance *= THRESHOLDS.detailOnlyShare;
    }
    const docs = new Set(sentences.map((index) => corpus.sentences[index]!.doc));
    // A near-duplicate of an item already listed (the same fact told twice) joins it. Only the sentences shown are
    // compared: the other articles' sentences of a fact may be long ones that report several facts, and through
    // them unrelated facts would chain into one item.
    const head = sentences[0]!;
    const twin = items.find((item) =>
      item.heads.some(
        (kept) =>
          sameFactScore(corpus.sentences[kept]!, corpus.sentences[head]!, stats, { figures: false }) > 0,
      ),
    );
    if (twin) {
      for (const doc of docs) twin.docs.add(doc);
      twin.sentences.push(...sentences);
      twin.heads.push(head);
      continue;
    }
    items.push({ sentences, heads: [head], docs, importance, unstated });
  }
  items.sort((a, b) => b.importance - a.importance);
  // Few, strong items: stop where importance falls well below the first item's.
  const top = items[0]?.importance ?? 0;
  const floor = relatedDocs.size > 1 ? MIN_IMPORTANCE : 0;
  return items
    .filter((item) => item.importance >= Math.max(THRESHOLDS.missingCutoff * top, floor))
    .slice(0, MAX_MISSING)
    .map((item) => {
      const sentence = corpus.sentences[item.sentences[0]!]!;
      const doc = corpus.docs[sentence.doc]!;
      const fact: MissingFact = {
        text: sentence.text,
        docIds: [...item.docs].map((index) => corpus.docs[index]!.id),
        source: doc.site ?? doc.title,
        importance: Math.round(item.importance * 100) / 100,
      };
      if (item.unstated.length > 0) fact.detail = unstatedDetail(item.unstated);
      return fact;
    });
}

/** The page states the fact when it states the fact's own sentence, or most of the sentences reporting it
 * (another article's sentence may say more than this fact: its being stated is weaker evidence). */
function isCovered(sentences: number[], covered: Set<number>): boolean {
  if (covered.has(sentences[0]!)) return true;
  const stated = sentences.filter((index) => covered.has(index)).length;
  return stated >= 2 && stated * 2 >= sentences.length;
}

/** The reference's figures (not bare years: those date background) that the page states nowhere. */
function unstatedFigures(figures: Quantity[], pageFigures: Quantity[]): Quantity[] {
  return figures.filter(
    (figure) => figure.kind !== 'year' && !pageFigures.some((stated) => sameQuantity(figure, stated)),
  );
}

/** The page states the fact but not these figures: say so, or the reader sees a fact they just read listed as
 * missing. */
function unstatedDetail(figures: Quantity[]): string {
  const texts = [...new Set(figures.map((figure) => `“${figure.text}”`))];
  const list = texts.length === 1 ? texts[0]! : `${texts.slice(0, -1).join(', ')} or ${texts.at(-1)!}`;
  return `the page reports this, but not ${list}`;
}
