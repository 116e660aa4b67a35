import type { Corpus, CorpusStoryJson } from '../corpus/corpus.ts';
import { corpusTermStats } from '../analysis/term-stats.ts';
import { STORY_WINDOW_DAYS } from '../analysis/story-dates.ts';
import type { TermStats } from '../analysis/pair-features.ts';
import { storyDocOf } from './doc-vectors.ts';
import { storyFacts, type StoryFact } from './facts.ts';
import { backgroundSimilarity, sampledBackground } from './background.ts';
import {
  emptyGrouping,
  groupStories,
  probeTerms,
  type GroupingOptions,
  type StoryGrouping,
} from './grouping.ts';
import { addInto } from './vectors.ts';

/** Lowest cosine of an article with a story's centroid for it to join the story (BASIL and the dev sets: same-event
 * pairs ≥ 0.44 on the dev sets, BASIL siblings above 0.33 but for 5%, other events below 0.30 but for 0.1%). */
export const STORY_JOIN = 0.34;
/** …and at least this far above the similarity of two articles of the corpus taken at random: in a corpus on one
 * topic every article is near every other, and nearness alone does not make an event. */
export const STORY_MARGIN = 0.12;

/** The grouping options for a corpus whose typical pair of articles has this similarity. */
export function groupingOptions(background: number): GroupingOptions {
  return { join: Math.max(STORY_JOIN, background + STORY_MARGIN), windowDays: STORY_WINDOW_DAYS };
}

/** A story of the corpus: its articles and their facts. */
export interface CorpusStory {
  /** Stable id: the id of the story's first article. */
  id: string;
  docs: number[];
  facts: StoryFact[];
}

/** Groups a loaded corpus (built without stories) into stories with their facts, for the index. */
export function buildStoriesJson(corpus: Corpus): { storyJoin: number; stories: CorpusStoryJson[] } {
  const docs = corpus.docs.map((_, doc) => storyDocOf(corpus, doc));
  const options = groupingOptions(backgroundSimilarity(docs.map((doc) => doc.vector)));
  const grouping = groupStories(docs, options);
  const stats = corpusTermStats(corpus, new Set());
  const stories = grouping.stories.map((story) => ({
    docs: story.members,
    facts: storyFacts(story.members, corpus, stats).map((fact) => {
      const json: CorpusStoryJson['facts'][number] = {
        s: fact.sentences,
        i: Math.round(fact.importance * 1000) / 1000,
      };
      if (!fact.checkable) json.c = 0;
      return json;
    }),
  }));
  return { storyJoin: Math.round(options.join * 1000) / 1000, stories };
}

/** Pairs sampled to estimate a library's background similarity when it is opened (a few hundred vectors,
 * not the whole library: the median moves by about 0.02 against the full estimate). */
const LIBRARY_SAMPLE_PAIRS = 300;

const libraryJoins = new WeakMap<Corpus, number>();

/** The join threshold of a corpus with no stored stories, from a sample of its articles. */
export function libraryStoryJoin(corpus: Corpus): number {
  let join = libraryJoins.get(corpus);
  if (join === undefined) {
    const count = corpus.docs.length;
    const vector = (doc: number) => storyDocOf(corpus, doc).vector;
    join = groupingOptions(sampledBackground(count, LIBRARY_SAMPLE_PAIRS, vector)).join;
    libraryJoins.set(corpus, join);
  }
  return join;
}

/**
 * The stories among some articles of the corpus (a page's nearest ones, in a corpus with no stored stories):
 * grouped as the index build groups a whole corpus, each story's facts found when first asked for.
 */
export function nearbyStories(
  corpus: Corpus,
  docs: number[],
  excluded: Set<number>,
  stats?: TermStats,
): (doc: number) => CorpusStory | null {
  // In corpus order, as the index build groups them (a story's id is its first article's).
  const members = docs.filter((doc) => !excluded.has(doc)).sort((a, b) => a - b);
  const stories = regroup(corpus, members, corpus.storyJoin, stats);
  return (doc) => stories.get(doc) ?? null;
}

/** Groups some articles into stories with lazily found facts, by article. */
function regroup(
  corpus: Corpus,
  members: number[],
  join: number,
  stats: TermStats | undefined,
): Map<number, CorpusStory> {
  const byDoc = new Map<number, CorpusStory>();
  const grouping = groupStories(
    members.map((doc) => storyDocOf(corpus, doc)),
    { join, windowDays: STORY_WINDOW_DAYS },
  );
  for (const group of grouping.stories) {
    const docs = group.members.map((member) => members[member]!);
    let facts: StoryFact[] | undefined;
    const story: CorpusStory = {
      id: corpus.docs[docs[0]!]!.id,
      docs,
      get facts() {
        facts ??= storyFacts(docs, corpus, stats ?? corpusTermStats(corpus, new Set()));
        return facts;
      },
    };
    for (const doc of docs) byDoc.set(doc, story);
  }
  return byDoc;
}

/** Stories as loaded from the index. */
export function loadStories(json: CorpusStoryJson[], docIds: string[]): CorpusStory[] {
  return json.map((story) => ({
    id: docIds[story.docs[0] ?? 0] ?? '',
    docs: story.docs,
    facts: story.facts.map((fact) => ({ sentences: fact.s, importance: fact.i, checkable: fact.c !== 0 })),
  }));
}

/**
 * The story of each document once some documents are left out (the page's own copy, an evaluation's held-out
 * articles): the stories that held one are regrouped from their remaining articles, as if the left-out ones had
 * never been added, and their facts found again. Other stories are as stored.
 */
export function storiesWithout(
  corpus: Corpus,
  excluded: Set<number>,
  stats?: TermStats,
): (doc: number) => CorpusStory | null {
  if (excluded.size === 0) return (doc) => corpus.stories[corpus.storyOf[doc] ?? -1] ?? null;
  const touched = new Set<number>();
  for (const doc of excluded) touched.add(corpus.storyOf[doc] ?? -1);
  const regrouped = new Map<number, CorpusStory>();
  for (const index of touched) {
    const story = corpus.stories[index];
    if (!story) continue;
    const remaining = story.docs.filter((doc) => !excluded.has(doc));
    for (const [doc, regroupedStory] of regroup(corpus, remaining, corpus.storyJoin, stats))
      regrouped.set(doc, regroupedStory);
  }
  return (doc) => {
    if (excluded.has(doc)) return null;
    return regrouped.get(doc) ?? corpus.stories[corpus.storyOf[doc] ?? -1] ?? null;
  };
}

/**
 * The stored grouping of a loaded corpus as a {@link StoryGrouping}, ready for `addToStories` (lib/stories/grouping.ts)
 * to add an article to a large library without regrouping it: pass `storyDocOf(corpus, doc)` for the new article
 * and `{ join: corpus.storyJoin, windowDays: STORY_WINDOW_DAYS }`.
 */
export function groupingOfCorpus(corpus: Corpus): StoryGrouping {
  const grouping = emptyGrouping();
  grouping.storyOf = Array.from(corpus.storyOf);
  for (const story of corpus.stories) {
    const sum = new Map<number, number>();
    let firstDay: number | null = null;
    let lastDay: number | null = null;
    for (const doc of story.docs) {
      const { vector, day } = storyDocOf(corpus, doc);
      addInto(sum, vector);
      if (day !== null) {
        firstDay = firstDay === null ? day : Math.min(firstDay, day);
        lastDay = lastDay === null ? day : Math.max(lastDay, day);
      }
    }
    let norm = 0;
    for (const weight of sum.values()) norm += weight * weight;
    const index = grouping.stories.length;
    grouping.stories.push({ members: [...story.docs], sum, norm: Math.sqrt(norm), firstDay, lastDay });
    for (const doc of story.docs) {
      for (const term of probeTerms(storyDocOf(corpus, doc).vector)) {
        const stories = grouping.termStories.get(term);
        if (!stories) grouping.termStories.set(term, [index]);
        else if (!stories.includes(index)) stories.push(index);
      }
    }
  }
  return grouping;
}
