import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { corpusTermStats } from '../../../lib/analysis/term-stats.ts';
import { STORY_WINDOW_DAYS } from '../../../lib/analysis/story-dates.ts';
import { groupingOfCorpus, storiesWithout } from '../../../lib/stories/corpus-stories.ts';
import { storyDocOf } from '../../../lib/stories/doc-vectors.ts';
import { addToStories } from '../../../lib/stories/grouping.ts';
import { sameFactScore } from '../../../lib/stories/facts.ts';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';

// The dev sets of other domains (tests/fixtures/dev-sets): each has story A (three outlets) and story B (two).
const sets = loadDevSets();

describe('stories of the corpus', () => {
  it('groups each dev set into its story A and story B', () => {
    expect(sets.length).toBeGreaterThanOrEqual(4);
    for (const set of sets) {
      const corpus = set.corpus();
      const byStory = (label: string) =>
        set.references
          .filter((ref) => ref.story === label)
          .map((ref) => corpus.docIndex.get(ref.id)!)
          .sort();
      const grouped = corpus.stories.map((story) => [...story.docs].sort());
      expect(grouped, set.domain).toContainEqual(byStory('A'));
      expect(grouped, set.domain).toContainEqual(byStory('B'));
    }
  });

  it('stores facts reported by several articles, most widely reported first', () => {
    for (const set of sets) {
      const corpus = set.corpus();
      const storyA = corpus.stories.find((story) => story.docs.length === 3)!;
      const reach = storyA.facts.map(
        (fact) => new Set(fact.sentences.map((index) => corpus.sentences[index]!.doc)).size,
      );
      expect(reach[0], set.domain).toBe(3);
      expect(storyA.facts.some((fact) => !fact.checkable)).toBe(true);
    }
  });

  it('does not take two sentences about the same person for the same fact', () => {
    const corpus = loadCorpus(
      buildCorpusIndex([
        {
          id: 'a',
          title: 'Flood',
          site: 'A',
          date: null,
          url: null,
          text: 'Flood\nOn Wharf Street, cafe owner Tomasz Rybak, 44, was surveying the damage to his shop.\nThe river rose two metres overnight.',
        },
        {
          id: 'b',
          title: 'Flood',
          site: 'B',
          date: null,
          url: null,
          text: 'Flood\nResident Tomasz Rybak, whose cafe on Wharf Street flooded, said he had lost everything downstairs.\nThe river rose two metres during the night.',
        },
      ]),
    );
    const stats = corpusTermStats(corpus, new Set());
    const sentence = (pattern: RegExp) => corpus.sentences.find((entry) => pattern.test(entry.text))!;
    expect(sameFactScore(sentence(/surveying/), sentence(/lost everything/), stats)).toBe(0);
    expect(
      sameFactScore(sentence(/river rose two metres overnight/), sentence(/during the night/), stats),
    ).toBeGreaterThan(0);
  });

  it('regroups a story without the articles left out', () => {
    const corpus = sets[0]!.corpus();
    const storyA = corpus.stories.find((story) => story.docs.length === 3)!;
    const [left, ...rest] = storyA.docs;
    const storyOf = storiesWithout(corpus, new Set([left!]), corpusTermStats(corpus, new Set()));
    expect(storyOf(left!)).toBeNull();
    expect([...storyOf(rest[0]!)!.docs].sort()).toEqual([...rest].sort());
    expect(
      storyOf(rest[0]!)!.facts.every((fact) =>
        fact.sentences.every((index) => corpus.sentences[index]!.doc !== left),
      ),
    ).toBe(true);
  });
});

describe('a brief on a covered story', () => {
  for (const set of sets) {
    it(`gets the story's coverage and its omitted facts with their articles (${set.domain})`, () => {
      const brief = set.pages.find((page) => page.labels.kind === 'brief')!;
      const result = compareWithCorpus(brief.article, set.corpus());
      const storyA = set.references.filter((ref) => ref.story === 'A').map((ref) => ref.id);
      expect(result.story.related.map((entry) => entry.docId).sort()).toEqual([...storyA].sort());
      expect(result.story.articles).toBe(3);
      expect(result.story.outlets).toBe(3);
      expect(storyA).toContain(result.story.id);
      expect(result.missing.length).toBeGreaterThan(0);
      expect(result.missing.length).toBeLessThanOrEqual(10);
      const importance = result.missing.map((fact) => fact.importance!);
      expect(importance).toEqual([...importance].sort((a, b) => b - a));
      // A story of three articles: a fact one of them reports late and vaguely is not listed.
      for (const value of importance) expect(value).toBeGreaterThanOrEqual(1.7);
      for (const fact of result.missing) {
        expect(fact.source).toBeTruthy();
        for (const id of fact.docIds) expect(storyA).toContain(id);
      }
      expect(new Set(result.missing.map((fact) => fact.text)).size).toBe(result.missing.length);
    });
  }
});

describe('missing context items', () => {
  it('keeps facts apart that another article tells in one long sentence', () => {
    // The disasters brief omits both the rainfall and the evacuation warning; one reference tells both in one
    // sentence, which used to chain them (and more) into a single item.
    const set = sets.find((entry) => entry.domain === 'disasters')!;
    const brief = set.pages.find((page) => page.labels.kind === 'brief')!;
    const { missing } = compareWithCorpus(brief.article, set.corpus());
    const rain = missing.findIndex((fact) => /millimetres/.test(fact.text));
    const warning = missing.findIndex((fact) => /evacuation warning/.test(fact.text));
    expect(rain).toBeGreaterThanOrEqual(0);
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).not.toBe(rain);
  });
});

describe('adding an article to a stored grouping', () => {
  it('rebuilds the stored grouping and files a new article of story A with story A', () => {
    const set = sets[0]!;
    const corpus = set.corpus();
    const grouping = groupingOfCorpus(corpus);
    expect(grouping.stories.map((story) => story.members)).toEqual(corpus.stories.map((story) => story.docs));
    // Story A's first article, as if it arrived again: it joins story A, and the stored grouping is untouched.
    const storyA = corpus.stories.find((story) => story.docs.length === 3)!;
    const before = structuredClone(grouping);
    const added = addToStories(grouping, storyDocOf(corpus, storyA.docs[0]!), {
      join: corpus.storyJoin,
      windowDays: STORY_WINDOW_DAYS,
    });
    expect(grouping).toEqual(before);
    expect(added.storyOf[corpus.docs.length]).toBe(corpus.storyOf[storyA.docs[0]!]);
  });
});
