import type { Corpus } from '../corpus/corpus.ts';
import type { PairMatch } from './match-pairs.ts';
import { THRESHOLDS } from './thresholds.ts';

/**
 * The corpus article the page is (nearly) a copy of, if any: most of the page's claims have a near-verbatim
 * counterpart in it, and it has few claims the page lacks. Null otherwise.
 */
export function findTwin(pageCount: number, matches: PairMatch[], corpus: Corpus): number | null {
  const copied = new Map<number, Set<number>>();
  const copiedReferences = new Map<number, Set<number>>();
  for (const match of matches) {
    if (match.coverage < THRESHOLDS.verbatim) continue;
    const doc = corpus.sentences[match.sentence]!.doc;
    if (!copied.has(doc)) copied.set(doc, new Set());
    copied.get(doc)!.add(match.page);
    if (!copiedReferences.has(doc)) copiedReferences.set(doc, new Set());
    copiedReferences.get(doc)!.add(match.sentence);
  }
  let best: number | null = null;
  let bestShare = 0;
  for (const [doc, pages] of copied) {
    const share = pages.size / Math.max(pageCount, 1);
    const referenceShare = (copiedReferences.get(doc)?.size ?? 0) / Math.max(corpus.docs[doc]!.count, 1);
    if (share >= THRESHOLDS.twinShare && referenceShare >= THRESHOLDS.twinShare / 2 && share > bestShare) {
      best = doc;
      bestShare = share;
    }
  }
  return best;
}
