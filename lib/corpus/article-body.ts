import type { CorpusSentenceJson } from './corpus.ts';

/**
 * One article's sentences as the comparison reads them (text, figures, speakers, quotations, details),
 * stored by a library apart from the term columns, by article id: opening the library reads only the
 * columns, and the comparison then reads the bodies of the few dozen articles it looks into. The extras by
 * sentence position, as JSON: one string to copy, parsed when first read.
 */
export interface ArticleBody {
  text: string[];
  extras: string;
}

export function articleBody(sentences: CorpusSentenceJson[]): ArticleBody {
  const extras: Record<number, SentenceExtras> = {};
  sentences.forEach((sentence, i) => {
    const found = extrasOfSentence(sentence);
    if (found) extras[i] = found;
  });
  return { text: sentences.map((sentence) => sentence.text), extras: JSON.stringify(extras) };
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
