import type { Corpus, CorpusStoryJson } from '../corpus/corpus.ts';
import { corpusTermStats } from '../analysis/term-stats.ts';
import { STORY_WINDOW_DAYS } from '../analysis/story-dates.ts';
import type { TermStats } from '../analysis/pair-features.ts';
import { storyDocOf } from './doc-vectors.ts';
import { storyFacts, type StoryFact } from './facts.ts';
import { groupStories, type GroupingOptions } from './grouping.ts';

/** How the corpus is grouped into stories (join: cosine with a story's centroid; fitted on BASIL, see README). */
export const STORY_GROUPING: GroupingOptions = { join: 0.34, windowDays: STORY_WINDOW_DAYS };

/** A story of the corpus: its articles and their facts. */
export interface CorpusStory {
  /** Stable id: the id of the story's first article. */
  id: string;
  docs: number[];
  facts: StoryFact[];
}

/** Groups a loaded corpus (built without stories) into stories with their facts, for the index. */
export function buildStoriesJson(corpus: Corpus): CorpusStoryJson[] {
  const grouping = groupStories(
    corpus.docs.map((_, doc) => storyDocOf(corpus, doc)),
    STORY_GROUPING,
  );
  const stats = corpusTermStats(corpus, new Set());
  return grouping.stories.map((story) => ({
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
    const grouping = groupStories(
      remaining.map((doc) => storyDocOf(corpus, doc)),
      STORY_GROUPING,
    );
    for (const group of grouping.stories) {
      const docs = group.members.map((member) => remaining[member]!);
      let facts: StoryFact[] | undefined;
      const regroupedStory: CorpusStory = {
        id: corpus.docs[docs[0]!]!.id,
        docs,
        get facts() {
          facts ??= storyFacts(docs, corpus, stats ?? corpusTermStats(corpus, new Set()));
          return facts;
        },
      };
      for (const doc of docs) regrouped.set(doc, regroupedStory);
    }
  }
  return (doc) => {
    if (excluded.has(doc)) return null;
    return regrouped.get(doc) ?? corpus.stories[corpus.storyOf[doc] ?? -1] ?? null;
  };
}
