import type { Corpus } from '../corpus/corpus.ts';
import type { MissingFact } from '../report.ts';
import { sameFactScore, type StoryFact } from '../stories/facts.ts';
import type { PairMatch } from './match-pairs.ts';
import type { TermStats } from './pair-features.ts';
import { MAX_MISSING, THRESHOLDS } from './thresholds.ts';

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
): MissingFact[] {
  const covered = new Set<number>();
  // The page states the fact: restated, said in full inside a longer sentence, the same words quoted, or the
  // same figure said of the same thing.
  for (const match of matches) {
    if (
      match.probability >= THRESHOLDS.covered ||
      match.referenceCoverage >= THRESHOLDS.coveredInside ||
      match.sharedQuoted >= THRESHOLDS.sharedQuoteTerms ||
      (match.sameFigure && match.sharedContent >= THRESHOLDS.figureContentTerms)
    )
      covered.add(match.sentence);
  }
  const items: { sentences: number[]; docs: Set<number>; importance: number }[] = [];
  for (const fact of facts) {
    if (!fact.checkable) continue;
    const sentences = fact.sentences.filter((index) => relatedDocs.has(corpus.sentences[index]!.doc));
    if (sentences.length === 0 || sentences.some((index) => covered.has(index))) continue;
    const docs = new Set(sentences.map((index) => corpus.sentences[index]!.doc));
    // A near-duplicate of an item already listed (the same fact told twice) joins it.
    const twin = items.find((item) =>
      item.sentences.some((kept) =>
        sentences.some(
          (index) => sameFactScore(corpus.sentences[kept]!, corpus.sentences[index]!, stats) > 0,
        ),
      ),
    );
    if (twin) {
      for (const doc of docs) twin.docs.add(doc);
      twin.sentences.push(...sentences);
      continue;
    }
    items.push({ sentences, docs, importance: fact.importance });
  }
  items.sort((a, b) => b.importance - a.importance);
  // Few, strong items: stop where importance falls well below the first item's.
  const top = items[0]?.importance ?? 0;
  return items
    .filter((item) => item.importance >= THRESHOLDS.missingCutoff * top)
    .slice(0, MAX_MISSING)
    .map((item) => {
      const sentence = corpus.sentences[item.sentences[0]!]!;
      const doc = corpus.docs[sentence.doc]!;
      return {
        text: sentence.text,
        docIds: [...item.docs].map((index) => corpus.docs[index]!.id),
        source: doc.site ?? doc.title,
        importance: Math.round(item.importance * 100) / 100,
      };
    });
}
