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
import { segmentCounts, segmentNorms, segmentPostings, type SegmentCounts } from './segment-stats.ts';
import {
  extrasOf,
  isInline,
  segmentOfIndex,
  sentenceText,
  type IndexSegment,
  type SentenceExtras,
} from './segment.ts';
import { bodyExtras, bodySentences, bodyText, type ArticleBodies, type ArticleBody } from './article-body.ts';
import { docIdf, tfWeight } from './weighting.ts';
import { PostingsOnDemand } from './postings-on-demand.ts';
import { libraryStoryJoin, loadStories, type CorpusStory } from '../stories/corpus-stories.ts';

const NONE = Object.freeze([]) as unknown as never[];

/**
 * A sentence as loaded: read from its segment's columns (its text and details inline, or from its article's
 * body, read from the library when the comparison asks) only when the analysis looks at it (few are, in a
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
    private readonly bodies: ArticleBodies | undefined,
  ) {}

  get text(): string {
    this.cachedText ??= isInline(this.segment)
      ? sentenceText(this.segment, this.index)
      : bodyText(this.body(), this.position);
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
    return this.extras()?.q ?? NONE;
  }

  get speakers(): number[] {
    return this.extras()?.sp ?? NONE;
  }

  get quoted(): number[] {
    return this.extras()?.qt ?? NONE;
  }

  get clauseStarts(): number[] {
    const clauses = this.extras()?.cl;
    return clauses ? [0, ...clauses] : [0];
  }

  get hedges(): number {
    return this.extras()?.h ?? 0;
  }

  /** Decoded when first read: most sentences of a large corpus are never checked. */
  get details(): SentenceDetail[] {
    this.slots ??= (this.extras()?.d ?? NONE).map((stored) => {
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

  private extras(): SentenceExtras | undefined {
    return isInline(this.segment)
      ? extrasOf(this.segment)[this.index]
      : bodyExtras(this.body())[this.position];
  }

  private body(): ArticleBody {
    const body = this.bodies?.get(this.docId);
    if (!body)
      throw new Error(
        `the sentences of reference article ${this.docId} were not read from the library (Corpus.readArticles)`,
      );
    return body;
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

/** What a library stored beside its segments, so that opening it does not derive it again. */
export interface KnownStats {
  /** The term counts of the first `counts.segments` segments (the rest are counted when loading). */
  counts?: SegmentCounts;
  /** Of exactly these segments: the story join threshold (libraryStoryJoin) and each article's norm. */
  storyJoin?: number;
  docNorms?: Float64Array;
  /** Make sentence objects only when read (the default above EAGER_SENTENCES sentences). */
  lazySentences?: boolean;
  /** Where the sentences of segments without inline text are read from (a library's article bodies). */
  bodies?: ArticleBodies;
  /** The vocabulary's ids, when the caller has them already (the map of every term, built once). */
  termIds?: Map<string, number>;
}

/**
 * Loads an index kept as segments over one vocabulary (a library): the term counts (only over the segments
 * `known.counts` does not cover) and the postings in plain passes over the term columns; sentences are read
 * from the columns when first used. Without stored stories (a library's segments), a page's story is grouped
 * from its nearest articles when it is analysed.
 */
export function loadSegments(
  terms: string[],
  segments: IndexSegment[],
  stored?: StoredStories,
  known: KnownStats = {},
): Corpus {
  const termCount = terms.length;
  const head = known.counts;
  if (head && (head.segments > segments.length || head.terms > termCount))
    throw new Error('stored library counts cover segments or terms that are not there');
  const docs: CorpusDocJson[] = [];
  const names = new Set<number>();
  /** Per sentence: its segment (index into `segments`) and its index there. */
  let sentenceCount = 0;
  for (const segment of segments) sentenceCount += segment.seqEnds.length;
  const sentenceSegment = new Uint32Array(sentenceCount);
  const sentenceLocal = new Uint32Array(sentenceCount);
  let sentenceIndex = 0;
  segments.forEach((segment, segmentIndex) => {
    for (const name of segment.names) names.add(name);
    let local = 0;
    for (const doc of segment.docs) {
      const count = doc.count;
      docs.push({
        id: doc.id,
        title: doc.title,
        site: doc.site,
        date: doc.date,
        url: doc.url,
        first: sentenceIndex,
        count,
      });
      for (let k = 0; k < count; k++) {
        sentenceSegment[sentenceIndex] = segmentIndex;
        sentenceLocal[sentenceIndex++] = local++;
      }
    }
  });
  const counts = segmentCounts(head ? segments.slice(head.segments) : segments, termCount);
  const { sentenceDf, docDf } = counts;
  if (head) {
    for (let term = 0; term < head.terms; term++) {
      sentenceDf[term]! += head.sentenceDf[term]!;
      docDf[term]! += head.docDf[term]!;
    }
  }
  const docCount = docs.length;
  const lazy = known.lazySentences ?? sentenceCount > EAGER_SENTENCES;
  const knownNorms = known.docNorms?.length === docCount ? known.docNorms : undefined;
  // A large library: each query finds the postings of its terms (postings-on-demand.ts).
  const packed = lazy ? undefined : segmentPostings(segments, docDf);
  const docPostings = packed ?? new PostingsOnDemand(segments, docDf);
  const idf = (df: number) => docIdf(docCount, df);
  const docNorms =
    knownNorms ?? packed?.norms(docCount, idf, tfWeight) ?? segmentNorms(segments, docDf, idf, tfWeight);
  const sentences = lazySentences(docs, segments, sentenceSegment, sentenceLocal, lazy, known.bodies);
  const corpus: Corpus = {
    stories: [],
    storyOf: new Int32Array(docs.length).fill(-1),
    storyJoin: 0,
    docs,
    sentences,
    terms,
    termIds: known.termIds ?? new Map(terms.map((term, id) => [term, id])),
    names,
    sentenceDf,
    docPostings,
    docNorms,
    docIndex: new Map(docs.map((doc, index) => [doc.id, index])),
  };
  const { bodies } = known;
  if (bodies) corpus.readArticles = (wanted) => readBodies(corpus, segments, sentenceSegment, bodies, wanted);
  if (stored) return Object.assign(corpus, storiesOf(corpus, stored));
  // A library: the page's story is grouped from its nearest articles when analysed (lib/analysis/compare.ts).
  let join = known.storyJoin;
  return Object.defineProperties(Object.assign(corpus, { storiesOnDemand: true as const }), {
    storyJoin: { get: () => (join ??= libraryStoryJoin(corpus)) },
  });
}

/** Up to this many sentences (a corpus of a few thousand articles), all are made at once: reading them
 * through a proxy costs more than making them. */
const EAGER_SENTENCES = 50_000;

/**
 * The corpus's sentences: an array whose entries are made when first read (a comparison reads those of a
 * few dozen articles; a 10,000-article library has a quarter of a million sentences).
 */
function lazySentences(
  docs: CorpusDocJson[],
  segments: IndexSegment[],
  sentenceSegment: Uint32Array,
  sentenceLocal: Uint32Array,
  lazy: boolean,
  bodies: ArticleBodies | undefined,
): CorpusSentence[] {
  const made = new Array<CorpusSentence | undefined>(sentenceSegment.length);
  const docOf = new Uint32Array(sentenceSegment.length);
  docs.forEach((doc, index) => docOf.fill(index, doc.first, doc.first + doc.count));
  const sentence = (at: number): CorpusSentence => {
    let found = made[at];
    if (!found) {
      const doc = docOf[at]!;
      found = new LoadedSentence(
        docs[doc]!.id,
        doc,
        at - docs[doc]!.first,
        segments[sentenceSegment[at]!]!,
        sentenceLocal[at]!,
        bodies,
      );
      made[at] = found;
    }
    return found;
  };
  if (!lazy) {
    for (let at = 0; at < made.length; at++) sentence(at);
    return made as CorpusSentence[];
  }
  return new Proxy(made as CorpusSentence[], {
    get(target, property, receiver) {
      if (typeof property === 'string') {
        const at = Number(property);
        if (Number.isInteger(at) && at >= 0 && at < sentenceSegment.length) return sentence(at);
      }
      return Reflect.get(target, property, receiver);
    },
    // Array methods (map, filter, slice) skip entries that are not there: every index is.
    has(target, property) {
      if (typeof property === 'string') {
        const at = Number(property);
        if (Number.isInteger(at) && at >= 0 && at < sentenceSegment.length) return true;
      }
      return Reflect.has(target, property);
    },
  });
}

/**
 * Reads the bodies of these articles (those whose segment has no inline text) and checks that each matches
 * its article's sentences: the library changed since it was opened otherwise, and the comparison would read
 * sentences that are not those of the index.
 */
async function readBodies(
  corpus: Corpus,
  segments: IndexSegment[],
  sentenceSegment: Uint32Array,
  bodies: ArticleBodies,
  wanted: number[],
): Promise<void> {
  const stored = wanted
    .map((doc) => corpus.docs[doc]!)
    .filter((doc) => doc.count > 0 && !isInline(segments[sentenceSegment[doc.first]!]!));
  if (stored.length === 0) return;
  await bodies.read(stored.map((doc) => doc.id));
  for (const doc of stored) {
    const body = bodies.get(doc.id);
    if (!body || bodySentences(body) !== doc.count)
      throw new Error(
        `reference article ${doc.id} changed in the library while it was read: analyse the page again`,
      );
  }
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
