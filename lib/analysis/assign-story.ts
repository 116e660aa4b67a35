import type { Corpus } from '../corpus/corpus.ts';
import type { CorpusStory } from '../stories/corpus-stories.ts';
import { corpusIdf, docStoryVector } from '../stories/doc-vectors.ts';
import {
  LEAD_SENTENCES,
  addInto,
  cosine,
  cosineWithSum,
  storyVector,
  type StoryVector,
} from '../stories/vectors.ts';
import { outsideStoryWindow } from './story-dates.ts';
import { MAX_STORY_ARTICLES } from './thresholds.ts';

export interface StoryCandidate {
  story: CorpusStory;
  /** The story's articles the page may be compared with (dates within days of the page's, when known). */
  docs: number[];
  /** Cosine of the page's story vector with the story's centroid. */
  score: number;
}

/** The page's story vector: its title and claim sentences as term ids, weighted as the corpus weighs them. */
export function pageStoryVector(
  titleSeq: number[],
  sentenceSeqs: number[][],
  corpus: Corpus,
  isName: (term: number) => boolean,
): StoryVector {
  const whole = [...titleSeq, ...sentenceSeqs.flat()];
  const lead = [...titleSeq, ...sentenceSeqs.slice(0, LEAD_SENTENCES).flat()];
  return storyVector({ whole, lead }, corpusIdf(corpus), isName);
}

/**
 * The stories the page may belong to, closest first: the stories of the articles nearest to it (so a large
 * corpus costs no more than a small one), each scored by the page's similarity to the story as a whole.
 */
export function candidateStories(
  pageVector: StoryVector,
  nearestDocs: number[],
  storyOf: (doc: number) => CorpusStory | null,
  corpus: Corpus,
  published: string | null,
): StoryCandidate[] {
  const seen = new Set<CorpusStory>();
  const candidates: StoryCandidate[] = [];
  for (const doc of nearestDocs) {
    const story = storyOf(doc);
    if (!story || seen.has(story)) continue;
    seen.add(story);
    // An article published weeks away from the page reports another event, however alike the words.
    // A story of many articles is represented by those closest to the page (the cost of a page stays bounded).
    const docs = story.docs
      .filter(
        (member) => storyOf(member) === story && !outsideStoryWindow(published, corpus.docs[member]!.date),
      )
      .map((member) => ({ member, similarity: articleSimilarity(pageVector, member, corpus) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, MAX_STORY_ARTICLES)
      .map((entry) => entry.member);
    if (docs.length === 0) continue;
    const sum = new Map<number, number>();
    for (const member of docs) addInto(sum, docStoryVector(corpus, member));
    candidates.push({ story, docs, score: cosineWithSum(pageVector, sum) });
  }
  return candidates.sort((a, b) => b.score - a.score);
}

/** The page's similarity to one article (orders a story's articles in the report). */
export function articleSimilarity(pageVector: StoryVector, doc: number, corpus: Corpus): number {
  return cosine(pageVector, docStoryVector(corpus, doc));
}
