import type { Approximation, DetailRole } from '../text/details/types.ts';
import type { Quantity } from '../text/numbers.ts';
import type { Postings } from './postings.ts';
import type { CorpusStory } from '../stories/corpus-stories.ts';

// The corpus's types live here; building (build-index.ts) and loading (load-index.ts) have their own files.
export { buildCorpusIndex } from './build-index.ts';
export { loadCorpus } from './load-index.ts';
export { docIdf, tfWeight } from './weighting.ts';
export { CORPUS_INDEX_VERSION } from './version.ts';

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
  /** Name term ids next to a reporting verb outside quotation marks ("Trump said"), when any. */
  sp?: number[];
  /** Term ids inside quotation marks. */
  qt?: number[];
  /** Where clauses after the first start in `seq`. */
  cl?: number[];
  /** Words of speculation or commentary, when any. */
  h?: number;
  /** Checkable details (lib/text/details), when any. */
  d?: DetailJson[];
}

/** A checkable detail as stored: role, value, text as written, unit, rounding step, hedging, head and context
 * term ids. */
export interface DetailJson {
  r: DetailRole;
  v: number | string;
  t: string;
  u?: string;
  s?: number;
  a?: Approximation;
  h?: number[];
  /** The head noun as written. */
  w?: string;
  /** The figure measures its head ("a crowd of 3,412"). */
  m?: 1;
  c?: number[];
}

/** A checkable detail of a sentence, its head and context as term ids (the corpus's, or the page's mapper). */
export interface SentenceDetail {
  role: DetailRole;
  value: number | string;
  text: string;
  unit?: string;
  step?: number;
  approx?: Approximation;
  head: number[];
  headWord?: string;
  measures?: boolean;
  context: number[];
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
  /** How close an article must be to a story's centroid to join it (lib/stories/corpus-stories.ts): kept so that
   * articles added later join stories as the build did. */
  storyJoin: number;
  /** The articles grouped into stories (same event, within days), each with its facts (lib/stories). */
  stories: CorpusStoryJson[];
}

/** One story of the corpus: its articles (indices into `docs`, in the order they joined) and its facts. */
export interface CorpusStoryJson {
  docs: number[];
  /** Facts, most important first: `s` sentence indices (one per article, the first shown), `i` importance,
   * `c: 0` when not checkable (commentary, speculation). */
  facts: { s: number[]; i: number; c?: 0 }[];
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
  readonly details: SentenceDetail[];
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
  docPostings: Postings;
  /** Euclidean norm of each document's tf-idf vector. */
  docNorms: Float64Array;
  docIndex: Map<string, number>;
  stories: CorpusStory[];
  storyJoin: number;
  /** Story of each document (index into `stories`). */
  storyOf: Int32Array;
  /** No stories are stored (a reader's library, loaded from segments): the page's story is grouped from its
   * nearest articles when it is analysed, so opening a large library never groups all of it. */
  storiesOnDemand?: true;
  /**
   * Reads the text and details of these articles' sentences, when the corpus keeps them in storage (a large
   * library keeps only its term columns in memory): the comparison calls it with the articles it will look
   * into (lib/analyze.ts, analyzeReading). Absent when every sentence is in memory.
   */
  readArticles?: (docs: number[]) => Promise<void>;
}
