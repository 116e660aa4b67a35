import type { Corpus } from '../corpus/corpus.ts';
import type { Claim, Evidence } from '../report.ts';

/** The corpus sentence an evidence item quotes, when it belongs to one of `docs`. */
export function evidenceSentence(evidence: Evidence, corpus: Corpus, docs: Set<number>): number | undefined {
  const doc = corpus.docIndex.get(evidence.docId);
  if (doc === undefined || !docs.has(doc)) return undefined;
  const { first, count } = corpus.docs[doc]!;
  for (let index = first; index < first + count; index++)
    if (corpus.sentences[index]!.text === evidence.text) return index;
  return undefined;
}

/**
 * The reference sentences shown as evidence for the page's corroborated and conflicting claims. The page states
 * what they report (in other words, or with another value that the conflict names), so listing one as an omitted
 * fact would contradict the claim it supports; missing context counts them as stated, while a figure of theirs
 * that the page gives nowhere can still make them an item.
 */
export function evidenceSentences(claims: Claim[], corpus: Corpus, docs: Set<number>): Set<number> {
  const shown = new Set<number>();
  for (const claim of claims) {
    if (claim.status === 'unsupported') continue;
    for (const evidence of claim.evidence) {
      const index = evidenceSentence(evidence, corpus, docs);
      if (index !== undefined) shown.add(index);
    }
  }
  return shown;
}
