import { addNameTerms } from '../text/entities.ts';
import { hedgeCount } from '../text/hedges.ts';
import type { Quantity } from '../text/numbers.ts';
import { isClaimSentence } from '../text/claims.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import { splitSentences } from '../text/sentences.ts';
import { cleanDocument, insidePromotion } from './clean.ts';

/** A reference article as it enters the corpus. */
export interface CorpusDocument {
  id: string;
  title: string;
  site: string | null;
  /** ISO date (YYYY-MM-DD) when the text names one. */
  date: string | null;
  url: string | null;
  /** Plain text: first line the title, then one paragraph per line. */
  text: string;
}

export const CORPUS_INDEX_VERSION = 1;

export interface CorpusDocJson {
  id: string;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  /** Index of the document's first claim sentence in `sentences`; its sentences are contiguous. */
  first: number;
  count: number;
}

/** One claim sentence of a reference article, with its terms as ids into `terms`. */
export interface CorpusSentenceJson {
  text: string;
  /** Content term ids in reading order. */
  seq: number[];
  /** Figures, when the sentence states any. */
  q?: Quantity[];
  /** Name term ids outside quotation marks, when the sentence quotes someone. */
  sp?: number[];
  /** Term ids inside quotation marks. */
  qt?: number[];
  /** Where clauses after the first start in `seq`. */
  cl?: number[];
  /** Words of speculation or commentary, when any. */
  h?: number;
}

/** The serialised index: built ahead of time (data/corpus-index.json for the bundled corpus), versioned. */
export interface CorpusIndexJson {
  format: 'crosscheck-corpus';
  version: number;
  docs: CorpusDocJson[];
  /** Vocabulary: a term's id is its position. */
  terms: string[];
  /** Ids of terms written as names (capitalised inside sentences). */
  names: number[];
  sentences: CorpusSentenceJson[];
}

export interface CorpusSentence {
  docId: string;
  doc: number;
  text: string;
  /** Position among the document's claim sentences (0 = its lead). */
  position: number;
  readonly seq: number[];
  readonly termSet: Set<number>;
  readonly quantities: Quantity[];
  readonly speakers: number[];
  readonly quoted: number[];
  readonly clauseStarts: number[];
  readonly hedges: number;
}

/** The loaded index, ready for queries. */
export interface Corpus {
  docs: CorpusDocJson[];
  sentences: CorpusSentence[];
  terms: string[];
  termIds: Map<string, number>;
  names: Set<number>;
  /** Sentence frequency of each term id. */
  sentenceDf: Uint32Array;
  /** Per term id: the documents that use it, with counts (for finding the page's story). */
  docPostings: { doc: number; tf: number }[][];
  /** Euclidean norm of each document's tf-idf vector. */
  docNorms: Float64Array;
  docIndex: Map<string, number>;
}

/** A sentence as loaded: its term set is only built when the sentence is compared (few are, in a large corpus). */
class LoadedSentence implements CorpusSentence {
  readonly text: string;
  readonly seq: number[];
  readonly quantities: Quantity[];
  readonly speakers: number[];
  readonly quoted: number[];
  readonly clauseStarts: number[];
  readonly hedges: number;
  private terms: Set<number> | undefined;

  constructor(
    readonly docId: string,
    readonly doc: number,
    readonly position: number,
    raw: CorpusSentenceJson,
  ) {
    this.text = raw.text;
    this.seq = raw.seq;
    this.quantities = raw.q ?? [];
    this.speakers = raw.sp ?? [];
    this.quoted = raw.qt ?? [];
    this.clauseStarts = raw.cl ? [0, ...raw.cl] : [0];
    this.hedges = raw.h ?? 0;
  }

  get termSet(): Set<number> {
    this.terms ??= new Set(this.seq);
    return this.terms;
  }
}

/** Builds the serialisable index from raw articles: cleaning, sentence splitting, terms, figures, names. */
export function buildCorpusIndex(documents: CorpusDocument[]): CorpusIndexJson {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  const docs: CorpusDocJson[] = [];
  const sentences: CorpusSentenceJson[] = [];
  const nameTerms = new Set<string>();
  for (const doc of documents) {
    const { paragraphs, promotions } = cleanDocument(doc);
    const first = sentences.length;
    for (const paragraph of paragraphs) {
      for (const span of splitSentences(paragraph)) {
        if (!isClaimSentence(span.text) || insidePromotion(span.text, promotions)) continue;
        const info = sentenceTerms(span.text);
        addNameTerms(info.tokens, nameTerms);
        const entry: CorpusSentenceJson = { text: span.text, seq: info.sequence.map(idOf) };
        if (info.quantities.length) entry.q = info.quantities;
        if (info.speakers.length) entry.sp = info.speakers.map(idOf);
        if (info.quoted.length) entry.qt = [...new Set(info.quoted.map(idOf))];
        if (info.clauseStarts.length > 1) entry.cl = info.clauseStarts.slice(1);
        const hedges = hedgeCount(info.tokens);
        if (hedges) entry.h = hedges;
        sentences.push(entry);
      }
    }
    const { id, title, site, date, url } = doc;
    docs.push({ id, title, site, date, url, first, count: sentences.length - first });
  }
  const names = [...nameTerms].flatMap((term) => {
    const id = termIds.get(term);
    return id === undefined ? [] : [id];
  });
  return { format: 'crosscheck-corpus', version: CORPUS_INDEX_VERSION, docs, terms, names, sentences };
}

/** Loads a serialised index: derives the postings and statistics the queries need, in one pass. */
export function loadCorpus(json: CorpusIndexJson): Corpus {
  if (json.format !== 'crosscheck-corpus' || json.version !== CORPUS_INDEX_VERSION) {
    throw new Error(
      `unsupported corpus index (format ${json.format}, version ${json.version}; expected ${CORPUS_INDEX_VERSION})`,
    );
  }
  const termCount = json.terms.length;
  const sentenceDf = new Uint32Array(termCount);
  const docPostings: { doc: number; tf: number }[][] = Array.from({ length: termCount }, () => []);
  const sentences: CorpusSentence[] = [];
  // Distinct terms of a sentence, or of a document, without building a Set for each: the last sentence and
  // document that counted each term.
  const seenInSentence = new Int32Array(termCount).fill(-1);
  const seenInDoc = new Int32Array(termCount).fill(-1);
  const tf = new Uint32Array(termCount);
  json.docs.forEach((doc, docIndex) => {
    const docTerms: number[] = [];
    for (let i = doc.first; i < doc.first + doc.count; i++) {
      const raw = json.sentences[i];
      if (!raw) continue;
      for (const id of raw.seq) {
        if (seenInSentence[id] !== i) {
          seenInSentence[id] = i;
          sentenceDf[id] = (sentenceDf[id] ?? 0) + 1;
        }
        if (seenInDoc[id] !== docIndex) {
          seenInDoc[id] = docIndex;
          tf[id] = 0;
          docTerms.push(id);
        }
        tf[id] = (tf[id] ?? 0) + 1;
      }
      sentences.push(new LoadedSentence(doc.id, docIndex, i - doc.first, raw));
    }
    for (const id of docTerms) docPostings[id]?.push({ doc: docIndex, tf: tf[id] ?? 0 });
  });
  const docNorms = new Float64Array(json.docs.length);
  const docCount = json.docs.length;
  docPostings.forEach((postings) => {
    const idf = docIdf(docCount, postings.length);
    for (const { doc, tf } of postings) docNorms[doc] = (docNorms[doc] ?? 0) + (tfWeight(tf) * idf) ** 2;
  });
  docNorms.forEach((value, index) => (docNorms[index] = Math.sqrt(value)));
  return {
    docs: json.docs,
    sentences,
    terms: json.terms,
    termIds: new Map(json.terms.map((term, id) => [term, id])),
    names: new Set(json.names),
    sentenceDf,
    docPostings,
    docNorms,
    docIndex: new Map(json.docs.map((doc, index) => [doc.id, index])),
  };
}

/** Inverse document frequency, smoothed so that it stays positive in a corpus of a handful of articles. */
export function docIdf(docCount: number, df: number): number {
  return Math.log(1 + (docCount + 1) / (df + 0.5));
}

/** Sublinear term frequency: the tenth mention of a word adds little. */
export function tfWeight(tf: number): number {
  return 1 + Math.log(tf);
}
