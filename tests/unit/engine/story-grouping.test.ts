import { describe, expect, it } from 'vitest';
import {
  addToStories,
  emptyGrouping,
  groupStories,
  type GroupingOptions,
  type StoryDoc,
} from '../../../lib/stories/grouping.ts';
import { cosine, type StoryVector } from '../../../lib/stories/vectors.ts';

const OPTIONS: GroupingOptions = { join: 0.5, windowDays: 10 };

/** A unit vector over the given terms, equal weights. */
function vector(...terms: number[]): StoryVector {
  return new Map(terms.map((term) => [term, 1 / Math.sqrt(terms.length)]));
}
const doc = (day: number | null, ...terms: number[]): StoryDoc => ({ vector: vector(...terms), day });

// Two events: articles 0, 1, 3 share most terms (one event); 2 and 4 another; 5 the first event's words, weeks later.
const DOCS: StoryDoc[] = [
  doc(100, 1, 2, 3, 4, 5),
  doc(101, 1, 2, 3, 4, 6),
  doc(101, 10, 11, 12, 13, 1),
  doc(102, 1, 2, 3, 5, 6),
  doc(103, 10, 11, 12, 14, 2),
  doc(140, 1, 2, 3, 4, 5),
];

const membersOf = (grouping: ReturnType<typeof groupStories>) =>
  grouping.stories.map((story) => [...story.members].sort((a, b) => a - b));

describe('story grouping', () => {
  it('groups articles on the same event and keeps another event and a weeks-later article apart', () => {
    expect(cosine(DOCS[0]!.vector, DOCS[5]!.vector)).toBeCloseTo(1);
    expect(membersOf(groupStories(DOCS, OPTIONS))).toEqual([[0, 1, 3], [2, 4], [5]]);
  });

  it('groups undated articles by their words alone', () => {
    const undated = DOCS.map((entry) => ({ ...entry, day: null }));
    expect(membersOf(groupStories(undated, OPTIONS))).toEqual([
      [0, 1, 3, 5],
      [2, 4],
    ]);
  });

  it('adds one article without changing the grouping it was given', () => {
    const before = groupStories(DOCS.slice(0, 5), OPTIONS);
    const snapshot = structuredClone(before);
    const after = addToStories(before, doc(103, 1, 2, 3, 4, 7), OPTIONS);
    expect(before).toEqual(snapshot);
    expect(after.storyOf[5]).toBe(after.storyOf[0]);
    expect(after.stories[after.storyOf[0]!]!.members).toEqual([0, 1, 3, 5]);
  });

  it('adding articles one by one, oldest first, gives the grouping of the whole corpus', () => {
    const oneByOne = DOCS.reduce(
      (grouping, entry) => addToStories(grouping, entry, OPTIONS),
      emptyGrouping(),
    );
    expect(oneByOne.storyOf).toEqual(groupStories(DOCS, OPTIONS).storyOf);
  });

  it('opens a story of its own for an article on nothing the corpus covers', () => {
    const grouping = addToStories(groupStories(DOCS, OPTIONS), doc(101, 50, 51, 52), OPTIONS);
    expect(grouping.stories[grouping.storyOf[6]!]!.members).toEqual([6]);
    expect(grouping.stories).toHaveLength(4);
  });
});
