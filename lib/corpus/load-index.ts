import type { Quantity } from '../text/numbers.ts';
import type {
  Corpus,
  CorpusDocJson,
  CorpusIndexJson,
  CorpusSentence,
  CorpusStoryJson,
  SentenceDetail,
} from './corpus.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import { packPostings } from './postings.ts';
import { extrasOf, segmentOfIndex, sentenceText, type IndexSegment } from './segment.ts';
import { docIdf, tfWeight } from './weighting.ts';
import { libraryStoryJoin, loadStories, type CorpusStory } from '../stories/corpus-stories.ts';

const NONE = Object.freeze([]) as unknown as never[];

/**
 * A sentence as loaded: read from its segment's columns only when the analysis looks at it (few are, in a
 * large corpus), then kept.
 */
class LoadedSentence implements CorpusSentence {
  private cachedText: string | undefined;
  private cachedSeq: number[] | undefined;
  private terms: Set<number> | undefined;
  private slots: SentenceDetail[] | undefined;

  constructor(
    readonly docId: string,
    readonly doc: number,
    readonly position: number,
    private readonly segment: IndexSegment,
    private readonly index: number,
  ) {}

  get text(): string {
    this.cachedText ??= sentenceText(this.segment, this.index);
    return this.cachedText;
  }

  get seq(): number[] {
    this.cachedSeq ??= Array.from(
      this.segment.seq.subarray(this.start(this.segment.seqEnds), this.segment.seqEnds[this.index]),
    );
    return this.cachedSeq;
  }

  get termSet(): Set<number> {
    this.terms ??= new Set(this.seq);
    return this.terms;
  }

  get quantities(): Quantity[] {
    return extrasOf(this.segment)[this.index]?.q ?? NONE;
  }

  get speakers(): number[] {
    return extrasOf(this.segment)[this.index]?.sp ?? NONE;
  }

  get quoted(): number[] {
    return extrasOf(this.segment)[this.index]?.qt ?? NONE;
  }

  get clauseStarts(): number[] {
    const clauses = extrasOf(this.segment)[this.index]?.cl;
    return clauses ? [0, ...clauses] : [0];
  }

  get hedges(): number {
    return extrasOf(this.segment)[this.index]?.h ?? 0;
  }

  /** Decoded when first read: most sentences of a large corpus are never checked. */
  get details(): SentenceDetail[] {
    this.slots ??= (extrasOf(this.segment)[this.index]?.d ?? NONE).map((stored) => {
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

  private start(ends: Uint32Array): number {
    return this.index === 0 ? 0 : (ends[this.index - 1] ?? 0);
  }
}

/** Loads a serialised index: derives the postings and statistics the queries need. */
export function loadCorpus(json: CorpusIndexJson): Corpus {
  if (json.format !== 'crosscheck-corpus' || json.version !== CORPUS_INDEX_VERSION) {
    throw new Error(
      `unsupported corpus index (format ${json.format}, version ${json.version}; expected ${CORPUS_INDEX_VERSION})`,
    );
  }
  return loadSegments(json.terms, [segmentOfIndex(json)], json);
}

/** A stored grouping of the documents into stories (indices in load order). */
export interface StoredStories {
  storyJoin: number;
  stories: CorpusStoryJson[];
}

/**
 * Loads an index kept as segments over one vocabulary (a library): one pass over the term columns for the
 * statistics; sentences are read from the columns when first used. Without stored stories (a library's
 * segments), a page's story is grouped from its nearest articles when it is analysed.
 */
export function loadSegments(terms: string[], segments: IndexSegment[], stored?: StoredStories): Corpus {
  const termCount = terms.length;
  const sentenceDf = new Uint32Array(termCount);
  const docDf = new Uint32Array(termCount);
  const docs: CorpusDocJson[] = [];
  const sentences: CorpusSentence[] = [];
  const names = new Set<number>();
  // Distinct terms of a sentence, or of a document, without building a Set for each: the last sentence and
  // document that counted each term.
  const seenInSentence = new Int32Array(termCount).fill(-1);
  const seenInDoc = new Int32Array(termCount).fill(-1);
  /** Where each document's term ids lie in its segment's column. */
  const spans: { segment: IndexSegment; from: number; to: number }[] = [];
  for (const segment of segments) {
    for (const name of segment.names) names.add(name);
    let local = 0;
    for (const { count, ...meta } of segment.docs) {
      const docIndex = docs.length;
      docs.push({ ...meta, first: sentences.length, count });
      const from = local === 0 ? 0 : (segment.seqEnds[local - 1] ?? 0);
      for (let k = 0; k < count; k++, local++) {
        const sentenceIndex = sentences.length;
        const start = local === 0 ? 0 : (segment.seqEnds[local - 1] ?? 0);
        const end = segment.seqEnds[local] ?? 0;
        for (let at = start; at < end; at++) {
          const id = segment.seq[at] ?? 0;
          if (seenInSentence[id] !== sentenceIndex) {
            seenInSentence[id] = sentenceIndex;
            sentenceDf[id] = (sentenceDf[id] ?? 0) + 1;
          }
          if (seenInDoc[id] !== docIndex) {
            seenInDoc[id] = docIndex;
            docDf[id] = (docDf[id] ?? 0) + 1;
          }
        }
        sentences.push(new LoadedSentence(meta.id, docIndex, k, segment, local));
      }
      spans.push({ segment, from, to: local === 0 ? 0 : (segment.seqEnds[local - 1] ?? 0) });
    }
  }
  // Second pass: each document's term counts, packed into the postings.
  const tf = new Uint32Array(termCount);
  seenInDoc.fill(-1);
  const docPostings = packPostings(docDf, (visit) => {
    spans.forEach(({ segment, from, to }, docIndex) => {
      const docTerms: number[] = [];
      for (let at = from; at < to; at++) {
        const id = segment.seq[at] ?? 0;
        if (seenInDoc[id] !== docIndex) {
          seenInDoc[id] = docIndex;
          tf[id] = 0;
          docTerms.push(id);
        }
        tf[id] = (tf[id] ?? 0) + 1;
      }
      for (const id of docTerms) visit(docIndex, id, tf[id] ?? 0);
    });
  });
  const docNorms = new Float64Array(docs.length);
  const docCount = docs.length;
  for (let term = 0; term < termCount; term++) {
    const idf = docIdf(docCount, docPostings.df(term));
    docPostings.forEach(
      term,
      (doc, count) => (docNorms[doc] = (docNorms[doc] ?? 0) + (tfWeight(count) * idf) ** 2),
    );
  }
  docNorms.forEach((value, index) => (docNorms[index] = Math.sqrt(value)));
  const corpus: Corpus = {
    stories: [],
    storyOf: new Int32Array(docs.length).fill(-1),
    storyJoin: 0,
    docs,
    sentences,
    terms,
    termIds: new Map(terms.map((term, id) => [term, id])),
    names,
    sentenceDf,
    docPostings,
    docNorms,
    docIndex: new Map(docs.map((doc, index) => [doc.id, index])),
  };
  if (stored) return Object.assign(corpus, storiesOf(corpus, stored));
  // A library: the page's story is grouped from its nearest articles when analysed (lib/analysis/compare.ts).
  let join: number | undefined;
  return Object.defineProperties(Object.assign(corpus, { storiesOnDemand: true as const }), {
    storyJoin: { get: () => (join ??= libraryStoryJoin(corpus)) },
  });
}

function indexStories(
  corpus: Corpus,
  { storyJoin, stories }: { storyJoin: number; stories: CorpusStory[] },
): Pick<Corpus, 'stories' | 'storyOf' | 'storyJoin'> {
  const storyOf = new Int32Array(corpus.docs.length).fill(-1);
  stories.forEach((story, index) => story.docs.forEach((doc) => (storyOf[doc] = index)));
  return { stories, storyOf, storyJoin };
}

function storiesOf(
  corpus: Corpus,
  { storyJoin, stories }: StoredStories,
): Pick<Corpus, 'stories' | 'storyOf' | 'storyJoin'> {
  return indexStories(corpus, {
    storyJoin,
    stories: loadStories(
      stories,
      corpus.docs.map((doc) => doc.id),
    ),
  });
}
