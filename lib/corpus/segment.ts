import type { Quantity } from '../text/numbers.ts';
import type { CorpusDocJson, CorpusIndexJson, CorpusSentenceJson } from './corpus.ts';
import type { DocIndexPart } from './doc-index.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';

/**
 * A stretch of a stored index in columns: every sentence text in one string, every term id in one typed
 * array. A library stores its index as segments (one per batch of added articles); structured clone copies
 * a segment as a few blocks of memory, where the same sentences as objects would cost one allocation each.
 */
export interface IndexSegment {
  /** Articles in order; each one's `count` sentences follow the previous article's. */
  docs: (Omit<CorpusDocJson, 'first' | 'count'> & { count: number })[];
  /**
   * All sentence texts, concatenated, in UTF-8 (half the size of a string holding one curly quote, which
   * makes the whole string two bytes a character); sentence i ends at byte textEnds[i].
   */
  text: Uint8Array;
  textEnds: Uint32Array;
  /** All sentences' term ids, concatenated; sentence i's end at seqEnds[i]. */
  seq: Uint32Array;
  seqEnds: Uint32Array;
  /**
   * The rarer fields by sentence index within the segment (figures, speakers, quoted terms, clauses,
   * hedges, checkable details), as JSON: one string to copy, parsed only for a segment the analysis looks into (extrasOf).
   */
  extras: string;
  /** Term ids written as names. */
  names: Uint32Array;
  /** The engine's index version (CORPUS_INDEX_VERSION) when a library indexed these articles: a segment of an
   * older engine is indexed again from the stored articles (utils/library/refresh-index.ts). */
  version?: number;
}

export type SentenceExtras = Pick<CorpusSentenceJson, 'q' | 'sp' | 'qt' | 'cl' | 'h' | 'd'>;

/** A segment of articles given as serialised sentences. */
export function segmentOfSentences(
  docs: { meta: Omit<CorpusDocJson, 'first' | 'count'>; sentences: CorpusSentenceJson[] }[],
  names: Iterable<number>,
): IndexSegment {
  const sentences = docs.flatMap((doc) => doc.sentences);
  const textEnds = new Uint32Array(sentences.length);
  const seqEnds = new Uint32Array(sentences.length);
  const encoder = new TextEncoder();
  const encoded = sentences.map((sentence) => encoder.encode(sentence.text));
  let textLength = 0;
  let seqLength = 0;
  sentences.forEach((sentence, i) => {
    textLength += encoded[i]?.length ?? 0;
    seqLength += sentence.seq.length;
    textEnds[i] = textLength;
    seqEnds[i] = seqLength;
  });
  const text = new Uint8Array(textLength);
  encoded.forEach((bytes, i) => text.set(bytes, i === 0 ? 0 : (textEnds[i - 1] ?? 0)));
  const seq = new Uint32Array(seqLength);
  const extras: Record<number, SentenceExtras> = {};
  let at = 0;
  sentences.forEach((sentence, i) => {
    seq.set(sentence.seq, at);
    at += sentence.seq.length;
    const { q, sp, qt, cl, h, d } = sentence;
    if (q || sp || qt || cl || h || d)
      extras[i] = {
        ...(q && { q }),
        ...(sp && { sp }),
        ...(qt && { qt }),
        ...(cl && { cl }),
        ...(h && { h }),
        ...(d && { d }),
      };
  });
  return {
    docs: docs.map((doc) => ({ ...doc.meta, count: doc.sentences.length })),
    text,
    textEnds,
    seq,
    seqEnds,
    extras: JSON.stringify(extras),
    names: Uint32Array.from(names),
  };
}

/** A library's segment of freshly indexed articles, stamped with the engine's index version. */
export function segmentOfParts(parts: DocIndexPart[]): IndexSegment {
  return {
    ...segmentOfSentences(parts, new Set(parts.flatMap((part) => part.names))),
    version: CORPUS_INDEX_VERSION,
  };
}

export function segmentOfIndex(json: CorpusIndexJson): IndexSegment {
  return segmentOfSentences(
    json.docs.map((doc) => ({
      meta: { id: doc.id, title: doc.title, site: doc.site, date: doc.date, url: doc.url },
      sentences: json.sentences.slice(doc.first, doc.first + doc.count),
    })),
    json.names,
  );
}

/** The segment's sentence i in the serialised form. */
export function segmentSentence(segment: IndexSegment, i: number): CorpusSentenceJson {
  const seqStart = i === 0 ? 0 : (segment.seqEnds[i - 1] ?? 0);
  return {
    text: sentenceText(segment, i),
    seq: Array.from(segment.seq.subarray(seqStart, segment.seqEnds[i] ?? 0)),
    ...extrasOf(segment)[i],
  };
}

const parsedExtras = new WeakMap<IndexSegment, Record<number, SentenceExtras>>();

/** The segment's extras, parsed once. */
export function extrasOf(segment: IndexSegment): Record<number, SentenceExtras> {
  let extras = parsedExtras.get(segment);
  if (!extras) {
    extras = JSON.parse(segment.extras) as Record<number, SentenceExtras>;
    parsedExtras.set(segment, extras);
  }
  return extras;
}

/** The segment without some articles (replaced or deleted), or null when none is left. */
export function segmentWithout(segment: IndexSegment, ids: Set<string>): IndexSegment | null {
  const kept: { meta: Omit<CorpusDocJson, 'first' | 'count'>; sentences: CorpusSentenceJson[] }[] = [];
  let first = 0;
  for (const { count, ...meta } of segment.docs) {
    if (!ids.has(meta.id)) {
      kept.push({
        meta,
        sentences: Array.from({ length: count }, (_, k) => segmentSentence(segment, first + k)),
      });
    }
    first += count;
  }
  if (kept.length === 0) return null;
  const rest = segmentOfSentences(kept, segment.names);
  return segment.version === undefined ? rest : { ...rest, version: segment.version };
}

/** Term ids of a small index mapped into another vocabulary (the bundled corpus joining a library). */
export function remapIndex(json: CorpusIndexJson, idOf: (term: string) => number): CorpusIndexJson {
  const map = (id: number) => idOf(json.terms[id] ?? '');
  return {
    ...json,
    names: json.names.map(map),
    sentences: json.sentences.map((raw) => ({
      ...raw,
      seq: raw.seq.map(map),
      ...(raw.sp && { sp: raw.sp.map(map) }),
      ...(raw.qt && { qt: raw.qt.map(map) }),
      ...(raw.d && {
        d: raw.d.map((detail) => ({
          ...detail,
          ...(detail.h && { h: detail.h.map(map) }),
          ...(detail.c && { c: detail.c.map(map) }),
        })),
      }),
    })),
  };
}

export type { Quantity };

const decoder = new TextDecoder();

/** The text of the segment's sentence i. */
export function sentenceText(segment: IndexSegment, i: number): string {
  const start = i === 0 ? 0 : (segment.textEnds[i - 1] ?? 0);
  return decoder.decode(segment.text.subarray(start, segment.textEnds[i] ?? 0));
}
