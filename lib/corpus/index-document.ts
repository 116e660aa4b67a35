import { addNameTerms } from '../text/entities.ts';
import { hedgeCount } from '../text/hedges.ts';
import { isClaimSentence } from '../text/claims.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Quantity } from '../text/numbers.ts';
import type { Detail } from '../text/details/types.ts';
import { cleanDocument, insidePromotion } from './clean.ts';
import type { CorpusDocJson, CorpusDocument, CorpusSentenceJson, DetailJson } from './corpus.ts';

/** A claim sentence with its terms still as words: what indexing one article costs, before term ids. */
export interface DocumentSentence {
  text: string;
  seq: string[];
  quantities: Quantity[];
  speakers: string[];
  quoted: string[];
  clauseStarts: number[];
  hedges: number;
  /** Checkable details, their head and context still as words. */
  details: Detail[];
}

/** One article indexed on its own: its claim sentences and the terms it writes as names. */
export interface IndexedDocument {
  meta: Omit<CorpusDocJson, 'first' | 'count'>;
  sentences: DocumentSentence[];
  names: string[];
}

/**
 * Indexes one article: cleaning, sentence splitting, terms, figures, names. Independent of any other
 * article, so a library can index an article once and append it to a stored index.
 */
export function indexDocument(doc: CorpusDocument): IndexedDocument {
  const { paragraphs, promotions } = cleanDocument(doc);
  const sentences: DocumentSentence[] = [];
  const names = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const span of splitSentences(paragraph)) {
      if (!isClaimSentence(span.text) || insidePromotion(span.text, promotions)) continue;
      const info = sentenceTerms(span.text);
      addNameTerms(info.tokens, names);
      sentences.push({
        text: span.text,
        seq: info.sequence,
        quantities: info.quantities,
        speakers: info.speakers,
        quoted: info.quoted,
        clauseStarts: info.clauseStarts,
        hedges: hedgeCount(info.tokens),
        details: info.details,
      });
    }
  }
  const { id, title, site, date, url } = doc;
  return { meta: { id, title, site, date, url }, sentences, names: [...names] };
}

/** A sentence in the serialised form, its words turned into ids of a vocabulary (which `idOf` may extend). */
export function serialiseSentence(
  sentence: DocumentSentence,
  idOf: (term: string) => number,
): CorpusSentenceJson {
  const entry: CorpusSentenceJson = { text: sentence.text, seq: sentence.seq.map(idOf) };
  if (sentence.quantities.length) entry.q = sentence.quantities;
  if (sentence.speakers.length) entry.sp = sentence.speakers.map(idOf);
  if (sentence.quoted.length) entry.qt = [...new Set(sentence.quoted.map(idOf))];
  if (sentence.clauseStarts.length > 1) entry.cl = sentence.clauseStarts.slice(1);
  if (sentence.hedges) entry.h = sentence.hedges;
  if (sentence.details.length)
    entry.d = sentence.details.map((detail) => {
      const stored: DetailJson = { r: detail.role, v: detail.value, t: detail.text };
      if (detail.unit !== undefined) stored.u = detail.unit;
      if (detail.step !== undefined) stored.s = detail.step;
      if (detail.approx !== undefined) stored.a = detail.approx;
      if (detail.head.length) stored.h = detail.head.map(idOf);
      if (detail.headWord !== undefined) stored.w = detail.headWord;
      if (detail.measures) stored.m = 1;
      if (detail.context.length) stored.c = detail.context.map(idOf);
      return stored;
    });
  return entry;
}
