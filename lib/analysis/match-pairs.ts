import type { Corpus } from '../corpus/corpus.ts';
import { matchProbability } from './matcher.ts';
import { pairFeatures, type TermStats } from './pair-features.ts';
import type { SentenceView } from './sentence-view.ts';

/** One scored (page sentence, reference sentence) pair. */
export interface PairMatch {
  page: number;
  sentence: number;
  probability: number;
  /** The probability with the figure feature left out: "same claim, whatever the numbers say". */
  withoutFigures: number;
  /** The smaller of the two sentences' weighted term coverages: near 1 for near-verbatim copies. */
  coverage: number;
  /** Weighted share of the reference sentence's terms the page sentence states (same or related words): near 1
   * when the page says all of it, perhaps inside a longer sentence. */
  referenceCoverage: number;
  /** How fully one sentence restates a clause of the other (see pair-features.ts). */
  clause: number;
  /** Content words (not names) that both sentences put inside quotation marks: the same quotation. */
  sharedQuoted: number;
  /** The two sentences state a figure in common (and how many content words they share). */
  sameFigure: boolean;
  sharedContent: number;
}

/** Scores every page claim against every sentence of the candidate articles. */
export function matchAll(
  views: SentenceView[],
  docs: number[],
  corpus: Corpus,
  stats: TermStats,
): PairMatch[] {
  const matches: PairMatch[] = [];
  for (const doc of docs) {
    const { first, count } = corpus.docs[doc]!;
    for (let sentence = first; sentence < first + count; sentence++) {
      const reference = corpus.sentences[sentence]!;
      views.forEach((view, page) => {
        // Pairs sharing fewer than two terms cannot reach any threshold: skip the full feature computation.
        let shared = 0;
        for (const term of reference.termSet) if (view.termSet.has(term) && ++shared >= 2) break;
        if (shared < 2) return;
        const features = pairFeatures(view, reference, stats);
        const probability = matchProbability(features);
        if (probability < 0.05) return;
        let sharedQuoted = 0;
        if (view.quoted.length > 0 && reference.quoted.length > 0) {
          const quoted = new Set(reference.quoted);
          for (const term of view.quoted) if (quoted.has(term) && !stats.isName(term)) sharedQuoted++;
        }
        const withoutFigures = features[5] === 0 ? probability : matchProbability(features.with(5, 0));
        matches.push({
          page,
          sentence,
          probability,
          withoutFigures,
          coverage: Math.min(features[0]!, features[1]!),
          referenceCoverage: Math.min(1, features[1]! + (features[10] ?? 0)),
          clause: features[8] ?? 0,
          sharedQuoted,
          sameFigure: features[5] === 1,
          sharedContent: Math.round((features[3] ?? 0) * 6),
        });
      });
    }
  }
  return matches;
}
