import type { CorpusDocJson, CorpusIndexJson, CorpusSentenceJson } from './corpus.ts';
import { serialiseSentence, type IndexedDocument } from './index-document.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * One article's part of a stored index: its sentences with term ids of a shared, append-only vocabulary.
 * A library stores one per article, so adding an article writes its part and the vocabulary's new terms,
 * never the index of the others.
 */
export interface DocIndexPart {
  meta: Omit<CorpusDocJson, 'first' | 'count'>;
  sentences: CorpusSentenceJson[];
  /** Term ids this article writes as names. */
  names: number[];
}

export function docIndexPart(indexed: IndexedDocument, vocabulary: Vocabulary): DocIndexPart {
  const idOf = (term: string) => vocabulary.idOf(term);
  return {
    meta: indexed.meta,
    sentences: indexed.sentences.map((sentence) => serialiseSentence(sentence, idOf)),
    names: indexed.names.map(idOf),
  };
}

/** The serialised index of stored parts over their vocabulary: concatenation, no re-indexing. */
export function assembleIndex(terms: string[], parts: Iterable<DocIndexPart>): CorpusIndexJson {
  const docs: CorpusDocJson[] = [];
  const sentences: CorpusSentenceJson[] = [];
  const names = new Set<number>();
  for (const part of parts) {
    docs.push({ ...part.meta, first: sentences.length, count: part.sentences.length });
    for (const sentence of part.sentences) sentences.push(sentence);
    for (const name of part.names) names.add(name);
  }
  return {
    format: 'crosscheck-corpus',
    version: CORPUS_INDEX_VERSION,
    docs,
    terms,
    names: [...names],
    sentences,
  };
}

/**
 * Adds the articles of a small index (the bundled corpus) to a large one, in place: its term ids are mapped
 * into the large index's vocabulary, so the cost is that of the small index. Articles whose id the large
 * index already has are left out (the reader's copy wins).
 */
export function appendIndex(
  into: CorpusIndexJson,
  small: CorpusIndexJson,
  vocabulary: Vocabulary,
): CorpusIndexJson {
  const have = new Set(into.docs.map((doc) => doc.id));
  const map = (id: number) => vocabulary.idOf(small.terms[id] ?? '');
  const names = new Set(into.names);
  for (const id of small.names) names.add(map(id));
  for (const doc of small.docs) {
    if (have.has(doc.id)) continue;
    const first = into.sentences.length;
    for (let i = doc.first; i < doc.first + doc.count; i++) {
      const raw = small.sentences[i];
      if (!raw) continue;
      const entry: CorpusSentenceJson = { ...raw, seq: raw.seq.map(map) };
      if (raw.sp) entry.sp = raw.sp.map(map);
      if (raw.qt) entry.qt = raw.qt.map(map);
      into.sentences.push(entry);
    }
    into.docs.push({ ...doc, first, count: into.sentences.length - first });
  }
  into.terms = vocabulary.terms;
  into.names = [...names];
  return into;
}
