import type { Quantity } from '../text/numbers.ts';
import type {
  Corpus,
  CorpusIndexJson,
  CorpusSentence,
  CorpusSentenceJson,
  DetailJson,
  SentenceDetail,
} from './corpus.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import { packPostings } from './postings.ts';
import { loadStories } from '../stories/corpus-stories.ts';
import { docIdf, tfWeight } from './weighting.ts';

/** A sentence as loaded: its term set is only built when the sentence is compared (few are, in a large corpus). */
class LoadedSentence implements CorpusSentence {
  readonly text: string;
  readonly seq: number[];
  readonly quantities: Quantity[];
  readonly speakers: number[];
  readonly quoted: number[];
  readonly clauseStarts: number[];
  readonly hedges: number;
  private readonly stored: DetailJson[] | undefined;
  private slots: SentenceDetail[] | undefined;
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
    this.stored = raw.d;
  }

  /** Decoded when first read: most sentences of a large corpus are never checked. */
  get details(): SentenceDetail[] {
    this.slots ??= (this.stored ?? []).map((stored) => {
      const detail: SentenceDetail = {
        role: stored.r,
        value: stored.v,
        text: stored.t,
        head: stored.h ?? [],
        context: stored.c ?? [],
      };
      if (stored.u !== undefined) detail.unit = stored.u;
      if (stored.w !== undefined) detail.headWord = stored.w;
      if (stored.m) detail.measures = true;
      if (stored.s !== undefined) detail.step = stored.s;
      if (stored.a !== undefined) detail.approx = stored.a;
      return detail;
    });
    return this.slots;
  }

  get termSet(): Set<number> {
    this.terms ??= new Set(this.seq);
    return this.terms;
  }
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
  const docDf = new Uint32Array(termCount);
  const sentences: CorpusSentence[] = [];
  // Distinct terms of a sentence, or of a document, without building a Set for each: the last sentence and
  // document that counted each term.
  const seenInSentence = new Int32Array(termCount).fill(-1);
  const seenInDoc = new Int32Array(termCount).fill(-1);
  json.docs.forEach((doc, docIndex) => {
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
          docDf[id] = (docDf[id] ?? 0) + 1;
        }
      }
      sentences.push(new LoadedSentence(doc.id, docIndex, i - doc.first, raw));
    }
  });
  // Second pass: each document's term counts, packed into the postings.
  const tf = new Uint32Array(termCount);
  seenInDoc.fill(-1);
  const docPostings = packPostings(docDf, (visit) => {
    json.docs.forEach((doc, docIndex) => {
      const docTerms: number[] = [];
      for (let i = doc.first; i < doc.first + doc.count; i++) {
        for (const id of json.sentences[i]?.seq ?? []) {
          if (seenInDoc[id] !== docIndex) {
            seenInDoc[id] = docIndex;
            tf[id] = 0;
            docTerms.push(id);
          }
          tf[id] = (tf[id] ?? 0) + 1;
        }
      }
      for (const id of docTerms) visit(docIndex, id, tf[id] ?? 0);
    });
  });
  const docNorms = new Float64Array(json.docs.length);
  const docCount = json.docs.length;
  for (let term = 0; term < termCount; term++) {
    const idf = docIdf(docCount, docPostings.df(term));
    docPostings.forEach(
      term,
      (doc, count) => (docNorms[doc] = (docNorms[doc] ?? 0) + (tfWeight(count) * idf) ** 2),
    );
  }
  docNorms.forEach((value, index) => (docNorms[index] = Math.sqrt(value)));
  const storyOf = new Int32Array(json.docs.length).fill(-1);
  json.stories.forEach((story, index) => story.docs.forEach((doc) => (storyOf[doc] = index)));
  return {
    stories: loadStories(
      json.stories,
      json.docs.map((doc) => doc.id),
    ),
    storyOf,
    storyJoin: json.storyJoin,
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
