import type { Corpus } from '../corpus/corpus.ts';
import type { Claim } from '../report.ts';
import type { Quantity } from '../text/numbers.ts';
import { evidenceSentence } from './evidence-sentences.ts';
import type { SentenceView } from './sentence-view.ts';

/**
 * The reference figures the page's conflicting claims contradict: the page does state these facts, with another
 * value, and each conflict already names the reference's value ("3-1 here; 2-1 in …"). Missing context counts them
 * as stated, so the same match result is not listed again as an omitted fact. Only figures of a kind the claim
 * itself gives: a reference sentence's other figures (a crowd the page never mentions) may still be missing.
 */
export function contradictedFigures(
  claims: Claim[],
  views: SentenceView[],
  corpus: Corpus,
  relatedDocs: Set<number>,
): Quantity[] {
  const told: Quantity[] = [];
  for (const claim of claims) {
    if (claim.status !== 'conflicting') continue;
    const kinds = new Set(
      views.filter((view) => view.text === claim.text).flatMap((view) => view.quantities.map((q) => q.kind)),
    );
    if (kinds.size === 0) continue;
    for (const evidence of claim.evidence) {
      const index = evidenceSentence(evidence, corpus, relatedDocs);
      if (index === undefined) continue;
      told.push(...corpus.sentences[index]!.quantities.filter((quantity) => kinds.has(quantity.kind)));
    }
  }
  return told;
}
