import type { CorpusDocJson, CorpusSentenceJson } from './corpus.ts';
import { serialiseSentence, type IndexedDocument } from './index-document.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * One article's part of a stored index: its sentences with term ids of a shared, append-only vocabulary.
 * A library stores parts in columns (segment.ts): adding articles writes their parts and the vocabulary's
 * new terms, never the index of the others.
 */
export interface DocIndexPart {
  meta: Omit<CorpusDocJson, 'first' | 'count'>;
  sentences: CorpusSentenceJson[];
  /** Term ids this article writes as names. */
  names: number[];
}

export function docIndexPart(indexed: IndexedDocument, vocabulary: Pick<Vocabulary, 'idOf'>): DocIndexPart {
  const idOf = (term: string) => vocabulary.idOf(term);
  return {
    meta: indexed.meta,
    sentences: indexed.sentences.map((sentence) => serialiseSentence(sentence, idOf)),
    names: indexed.names.map(idOf),
  };
}
