import { addInto, cosine, type StoryVector } from './vectors.ts';

/**
 * Articles grouped into stories: the same event, reported within days of each other. An article joins the story
 * whose articles it is closest to (average cosine with them) when that is close enough and its date,
 * when known, lies within days of theirs; otherwise it opens a story of its own. Adding one article touches only
 * the stories that share its words, so a large library never has to be regrouped; grouping a whole corpus is
 * adding its articles one by one, oldest first.
 */

/** One article as the grouping sees it. */
export interface StoryDoc {
  vector: StoryVector;
  /** Publication day (days since 1970), when known. */
  day: number | null;
}

export interface StoryGroup {
  /** Documents in the order they joined. */
  members: number[];
  /** Sum of the members' vectors (the centroid, unnormalised), and its norm. */
  sum: Map<number, number>;
  norm: number;
  /** Earliest and latest known publication day of the members. */
  firstDay: number | null;
  lastDay: number | null;
}

export interface StoryGrouping {
  /** Story of each document, by document index. */
  storyOf: number[];
  stories: StoryGroup[];
  /** For each term of a member's strongest terms: the stories that use it (to find candidates fast). */
  termStories: Map<number, number[]>;
}

export interface GroupingOptions {
  /** Lowest average cosine between an article and a story's articles for the article to join it. */
  join: number;
  /** Articles more than this many days from a story's dated articles report another event. */
  windowDays: number;
}

/** Strongest terms of an article used to find candidate stories. */
const PROBE_TERMS = 20;
/** A term used by more stories than this says nothing about which story an article belongs to. */
const MAX_TERM_STORIES = 400;

export function emptyGrouping(): StoryGrouping {
  return { storyOf: [], stories: [], termStories: new Map() };
}

/** The story the document would join (index), or -1 for a story of its own. Reads the grouping only. */
export function bestStory(grouping: StoryGrouping, doc: StoryDoc, options: GroupingOptions): number {
  let best = -1;
  let bestScore = options.join;
  for (const story of candidateStories(grouping, doc.vector)) {
    const group = grouping.stories[story]!;
    if (!withinWindow(group, doc.day, options.windowDays)) continue;
    // Average similarity to the story's articles (not the cosine with their centroid, which grows as a story's
    // articles differ: a large story of loosely related articles would draw in everything).
    const score = cosine(doc.vector, group.sum) / group.members.length;
    if (score >= bestScore) {
      best = story;
      bestScore = score;
    }
  }
  return best;
}

/** Stories sharing one of the vector's strongest terms. */
export function candidateStories(grouping: StoryGrouping, vector: StoryVector): Set<number> {
  const candidates = new Set<number>();
  for (const term of strongest(vector, PROBE_TERMS)) {
    const stories = grouping.termStories.get(term);
    if (!stories || stories.length > MAX_TERM_STORIES) continue;
    for (const story of stories) candidates.add(story);
  }
  return candidates;
}

/**
 * Adds one document (it gets the next document index) and returns the new grouping; the one given is left as it
 * was. Only the story the document joins and the term lists of its words are copied.
 */
export function addToStories(
  grouping: StoryGrouping,
  doc: StoryDoc,
  options: GroupingOptions,
): StoryGrouping {
  const story = bestStory(grouping, doc, options);
  const next: StoryGrouping = {
    storyOf: [...grouping.storyOf],
    stories: [...grouping.stories],
    termStories: new Map(grouping.termStories),
  };
  if (story >= 0) {
    const group = grouping.stories[story]!;
    next.stories[story] = { ...group, members: [...group.members], sum: new Map(group.sum) };
  }
  for (const term of strongest(doc.vector, PROBE_TERMS)) {
    const stories = next.termStories.get(term);
    if (stories) next.termStories.set(term, [...stories]);
  }
  join(next, doc, story);
  return next;
}

/** Groups documents (indices 0…n-1) into stories: oldest first, undated in their given order after the dated. */
export function groupStories(docs: StoryDoc[], options: GroupingOptions): StoryGrouping {
  const grouping = emptyGrouping();
  grouping.storyOf = new Array<number>(docs.length).fill(-1);
  const order = docs
    .map((doc, index) => ({ doc, index }))
    .sort((a, b) => (a.doc.day ?? Infinity) - (b.doc.day ?? Infinity) || a.index - b.index);
  for (const { doc, index } of order) join(grouping, doc, bestStory(grouping, doc, options), index);
  return grouping;
}

/** Puts the document into the story (or a new one), in place. */
function join(grouping: StoryGrouping, doc: StoryDoc, story: number, index = grouping.storyOf.length): void {
  let target = story;
  if (target < 0) {
    target = grouping.stories.length;
    grouping.stories.push({ members: [], sum: new Map(), norm: 0, firstDay: null, lastDay: null });
  }
  const group = grouping.stories[target]!;
  group.members.push(index);
  addInto(group.sum, doc.vector);
  let norm = 0;
  for (const weight of group.sum.values()) norm += weight * weight;
  group.norm = Math.sqrt(norm);
  if (doc.day !== null) {
    group.firstDay = group.firstDay === null ? doc.day : Math.min(group.firstDay, doc.day);
    group.lastDay = group.lastDay === null ? doc.day : Math.max(group.lastDay, doc.day);
  }
  grouping.storyOf[index] = target;
  for (const term of strongest(doc.vector, PROBE_TERMS)) {
    const stories = grouping.termStories.get(term);
    if (!stories) grouping.termStories.set(term, [target]);
    else if (!stories.includes(target)) stories.push(target);
  }
}

function withinWindow(group: StoryGroup, day: number | null, windowDays: number): boolean {
  if (day === null || group.firstDay === null || group.lastDay === null) return true;
  return day - group.firstDay <= windowDays && group.lastDay - day <= windowDays;
}

/** The terms of an article under which the grouping files its story (to find candidate stories fast). */
export function probeTerms(vector: StoryVector): number[] {
  return strongest(vector, PROBE_TERMS);
}

function strongest(vector: StoryVector, count: number): number[] {
  if (vector.size <= count) return [...vector.keys()];
  return [...vector]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count)
    .map(([term]) => term);
}
