import type { Quantity } from '../text/numbers.ts';
import type { CorpusDocJson, CorpusIndexJson, CorpusSentenceJson } from './corpus.ts';
import type { DocIndexPart } from './doc-index.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import { articleBody, extrasOfSentence, type ArticleBody, type SentenceExtras } from './article-body.ts';

export type { SentenceExtras };

/**
 * A stretch of a stored index in columns: every term id in one typed array. A library stores its index as
 * segments (one per batch of added articles); structured clone copies a segment as a few blocks of memory,
 * where the same sentences as objects would cost one allocation each. A library keeps its sentences' text
 * and details apart, one record per article (ArticleBody): opening the library reads only the term columns,
 * and the comparison reads the bodies of the few dozen articles it looks into.
 */
export interface IndexSegment {
  /** Articles in order; each one's `count` sentences follow the previous article's. */
  docs: (Omit<CorpusDocJson, 'first' | 'count'> & { count: number })[];
  /** All sentences' term ids, concatenated; sentence i's end at seqEnds[i]. Two bytes an id while the
   * segment's ids fit (the first 65,536 terms of a library's vocabulary: most of what it reads at open). */
  seq: Uint16Array | Uint32Array;
  seqEnds: Uint32Array;
  /** Term ids written as names. */
  names: Uint32Array;
  /** The engine's index version (CORPUS_INDEX_VERSION) when a library indexed these articles: a segment of an
   * older engine is indexed again from the stored articles (utils/library/refresh-index.ts). */
  version?: number;
  /**
   * The sentences' texts, concatenated, in UTF-8 (half the size of a string holding one curly quote, which
   * makes the whole string two bytes a character); sentence i ends at byte textEnds[i]. Inline only in the
   * bundled index in memory and in a library's segments stored before the bodies were kept apart
   * (utils/library/refresh-index.ts moves them out); a library's segment has its bodies by article id.
   */
  text?: Uint8Array;
  textEnds?: Uint32Array;
  /**
   * The rarer fields by sentence index within the segment (figures, speakers, quoted terms, clauses,
   * hedges, checkable details), as JSON, inline beside `text`: parsed only for a segment the analysis looks
   * into (extrasOf).
   */
  extras?: string;
}

/** A segment whose sentences' text and details are inline. */
export type InlineSegment = IndexSegment & Required<Pick<IndexSegment, 'text' | 'textEnds' | 'extras'>>;

export function isInline(segment: IndexSegment): segment is InlineSegment {
  return segment.text !== undefined && segment.textEnds !== undefined && segment.extras !== undefined;
}

type SegmentDoc = { meta: Omit<CorpusDocJson, 'first' | 'count'>; sentences: CorpusSentenceJson[] };

/** The term columns of some articles given as serialised sentences (no text: a library's segment). */
export function termColumns(docs: SegmentDoc[], names: Iterable<number>): IndexSegment {
  let sentenceCount = 0;
  let seqLength = 0;
  let largest = 0;
  for (const doc of docs) {
    sentenceCount += doc.sentences.length;
    for (const sentence of doc.sentences) {
      seqLength += sentence.seq.length;
      for (const id of sentence.seq) if (id > largest) largest = id;
    }
  }
  const seq = largest < 2 ** 16 ? new Uint16Array(seqLength) : new Uint32Array(seqLength);
  const seqEnds = new Uint32Array(sentenceCount);
  let at = 0;
  let i = 0;
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      seq.set(sentence.seq, at);
      at += sentence.seq.length;
      seqEnds[i++] = at;
    }
  }
  return {
    docs: docs.map((doc) => ({ ...doc.meta, count: doc.sentences.length })),
    seq,
    seqEnds,
    names: Uint32Array.from(names),
  };
}

/** A segment of articles given as serialised sentences, their text and details inline. */
export function segmentOfSentences(docs: SegmentDoc[], names: Iterable<number>): InlineSegment {
  const sentences = docs.flatMap((doc) => doc.sentences);
  const textEnds = new Uint32Array(sentences.length);
  const encoder = new TextEncoder();
  const encoded = sentences.map((sentence) => encoder.encode(sentence.text));
  let textLength = 0;
  encoded.forEach((bytes, i) => (textEnds[i] = textLength += bytes.length));
  const text = new Uint8Array(textLength);
  encoded.forEach((bytes, i) => text.set(bytes, i === 0 ? 0 : (textEnds[i - 1] ?? 0)));
  const extras: Record<number, SentenceExtras> = {};
  sentences.forEach((sentence, i) => {
    const found = extrasOfSentence(sentence);
    if (found) extras[i] = found;
  });
  return { ...termColumns(docs, names), text, textEnds, extras: JSON.stringify(extras) };
}

/**
 * A library's segment of freshly indexed articles (term columns, stamped with the engine's index version)
 * and each article's body, in the same order.
 */
export function segmentOfParts(parts: DocIndexPart[]): { segment: IndexSegment; bodies: ArticleBody[] } {
  return {
    segment: {
      ...termColumns(parts, new Set(parts.flatMap((part) => part.names))),
      version: CORPUS_INDEX_VERSION,
    },
    bodies: parts.map((part) => articleBody(part.sentences)),
  };
}

export function segmentOfIndex(json: CorpusIndexJson): InlineSegment {
  return segmentOfSentences(
    json.docs.map((doc) => ({
      meta: { id: doc.id, title: doc.title, site: doc.site, date: doc.date, url: doc.url },
      sentences: json.sentences.slice(doc.first, doc.first + doc.count),
    })),
    json.names,
  );
}

/** The term ids of the segment's sentence i. */
export function sentenceSeq(segment: IndexSegment, i: number): number[] {
  const seqStart = i === 0 ? 0 : (segment.seqEnds[i - 1] ?? 0);
  return Array.from(segment.seq.subarray(seqStart, segment.seqEnds[i] ?? 0));
}

/** The inline segment's sentence i in the serialised form. */
export function segmentSentence(segment: InlineSegment, i: number): CorpusSentenceJson {
  return { text: sentenceText(segment, i), seq: sentenceSeq(segment, i), ...extrasOf(segment)[i] };
}

const parsedExtras = new WeakMap<IndexSegment, Record<number, SentenceExtras>>();

/** The inline segment's extras, parsed once. */
export function extrasOf(segment: InlineSegment): Record<number, SentenceExtras> {
  let extras = parsedExtras.get(segment);
  if (!extras) {
    extras = JSON.parse(segment.extras) as Record<number, SentenceExtras>;
    parsedExtras.set(segment, extras);
  }
  return extras;
}

/** The segment without some articles (replaced or deleted), or null when none is left. */
export function segmentWithout(segment: IndexSegment, ids: Set<string>): IndexSegment | null {
  const kept: SegmentDoc[] = [];
  let first = 0;
  for (const { count, ...meta } of segment.docs) {
    if (!ids.has(meta.id)) {
      const sentences = Array.from({ length: count }, (_, k) =>
        isInline(segment)
          ? segmentSentence(segment, first + k)
          : { text: '', seq: sentenceSeq(segment, first + k) },
      );
      kept.push({ meta, sentences });
    }
    first += count;
  }
  if (kept.length === 0) return null;
  const rest = isInline(segment) ? segmentOfSentences(kept, segment.names) : termColumns(kept, segment.names);
  return segment.version === undefined ? rest : { ...rest, version: segment.version };
}

/**
 * An inline segment as a library now stores it: its term columns, and each article's body (same order).
 */
export function splitSegment(segment: InlineSegment): { segment: IndexSegment; bodies: ArticleBody[] } {
  const bodies: ArticleBody[] = [];
  let first = 0;
  for (const { count } of segment.docs) {
    bodies.push(articleBody(Array.from({ length: count }, (_, k) => segmentSentence(segment, first + k))));
    first += count;
  }
  const { text: _text, textEnds: _ends, extras: _extras, ...columns } = segment;
  return { segment: columns, bodies };
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

/** The text of the inline segment's sentence i. */
export function sentenceText(segment: InlineSegment, i: number): string {
  const start = i === 0 ? 0 : (segment.textEnds[i - 1] ?? 0);
  return decoder.decode(segment.text.subarray(start, segment.textEnds[i] ?? 0));
}
