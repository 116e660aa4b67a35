import type { CorpusSentenceJson } from './corpus.ts';

/**
 * One article's sentences as the comparison reads them (text, figures, speakers, quotations, details),
 * stored by a library apart from the term columns, by article id: opening the library reads only the
 * columns, and the comparison then reads the bodies of the few dozen articles it looks into. The extras by
 * sentence position, as JSON: one string to copy, parsed when first read.
 */
export interface ArticleBody {
  /**
   * The sentence texts, concatenated, in UTF-8 (a string holding one curly quote is stored at two bytes a
   * character); sentence i ends at byte ends[i].
   */
  text: Uint8Array;
  ends: Uint32Array;
  extras: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function articleBody(sentences: CorpusSentenceJson[]): ArticleBody {
  const extras: Record<number, SentenceExtras> = {};
  sentences.forEach((sentence, i) => {
    const found = extrasOfSentence(sentence);
    if (found) extras[i] = found;
  });
  const encoded = sentences.map((sentence) => encoder.encode(sentence.text));
  const ends = new Uint32Array(encoded.length);
  let length = 0;
  encoded.forEach((bytes, i) => (ends[i] = length += bytes.length));
  const text = new Uint8Array(length);
  encoded.forEach((bytes, i) => text.set(bytes, i === 0 ? 0 : ends[i - 1]!));
  return { text, ends, extras: JSON.stringify(extras) };
}

/** How many sentences the body holds. */
export function bodySentences(body: ArticleBody): number {
  return body.ends.length;
}

/** The text of the body's sentence i. */
export function bodyText(body: ArticleBody, i: number): string {
  return decoder.decode(body.text.subarray(i === 0 ? 0 : (body.ends[i - 1] ?? 0), body.ends[i] ?? 0));
}

export type SentenceExtras = Pick<CorpusSentenceJson, 'q' | 'sp' | 'qt' | 'cl' | 'h' | 'd'>;

/** The fields of a sentence beside its text and terms, or undefined when it has none. */
export function extrasOfSentence(sentence: CorpusSentenceJson): SentenceExtras | undefined {
  const { q, sp, qt, cl, h, d } = sentence;
  if (!(q || sp || qt || cl || h || d)) return undefined;
  return {
    ...(q && { q }),
    ...(sp && { sp }),
    ...(qt && { qt }),
    ...(cl && { cl }),
    ...(h && { h }),
    ...(d && { d }),
  };
}

const parsed = new WeakMap<ArticleBody, Record<number, SentenceExtras>>();

/** The body's extras by sentence position, parsed once. */
export function bodyExtras(body: ArticleBody): Record<number, SentenceExtras> {
  let extras = parsed.get(body);
  if (!extras) {
    extras = JSON.parse(body.extras) as Record<number, SentenceExtras>;
    parsed.set(body, extras);
  }
  return extras;
}

/** The bodies of a library's articles, read from storage when the comparison asks for them. */
export interface ArticleBodies {
  /** The body of an article read so far. */
  get(id: string): ArticleBody | undefined;
  /** Reads the bodies of these articles (those not read yet); the ids are of stored articles. */
  read(ids: string[]): Promise<void>;
}
