import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { buildCorpusIndex } from '../../../lib/corpus/build-index.ts';
import { loadCorpus, loadSegments } from '../../../lib/corpus/load-index.ts';
import { segmentOfIndex } from '../../../lib/corpus/segment.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';

// A reader's library is loaded from segments, with no stories stored: a page's story is grouped from its
// nearest articles when it is analysed, and must come out as with a prebuilt index that stores the stories.
const sets = loadDevSets();

describe('a library loaded from segments', () => {
  const documents = sets.flatMap((set) =>
    set.references.map((ref) => {
      const text = set.texts.get(ref.id)!;
      return {
        id: ref.id,
        title: text.split('\n')[0]!.trim(),
        site: ref.site,
        date: ref.date,
        url: null,
        text,
      };
    }),
  );
  const json = buildCorpusIndex(documents);
  const prebuilt = loadCorpus(json);
  const library = loadSegments(json.terms, [segmentOfIndex(json)]);
  // A large library makes its sentence objects only when read: the same analysis.
  const lazy = loadSegments(json.terms, [segmentOfIndex(json)], undefined, { lazySentences: true });
  // …and, its norms stored, finds each query's postings when asked (postings-on-demand.ts): the same analysis.
  const onDemand = loadSegments(json.terms, [segmentOfIndex(json)], undefined, {
    lazySentences: true,
    docNorms: library.docNorms,
  });

  it('stores no stories but keeps every sentence’s checkable details', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
    expect(library.storiesOnDemand).toBe(true);
    expect(prebuilt.storiesOnDemand).toBeUndefined();
    const withDetails = prebuilt.sentences.findIndex((sentence) => sentence.details.length > 0);
    expect(withDetails).toBeGreaterThanOrEqual(0);
    expect(library.sentences[withDetails]!.details).toEqual(prebuilt.sentences[withDetails]!.details);
  });

  it('gives each page the story, coverage and missing context a prebuilt index gives', () => {
    let onStory = 0;
    for (const set of sets) {
      for (const page of set.pages) {
        const fromLibrary = compareWithCorpus(page.article, library);
        const fromPrebuilt = compareWithCorpus(page.article, prebuilt);
        const label = `${set.domain}/${page.name}`;
        expect(compareWithCorpus(page.article, lazy), label).toEqual(fromLibrary);
        expect(compareWithCorpus(page.article, onDemand), label).toEqual(fromLibrary);
        expect(fromLibrary.story, label).toEqual(fromPrebuilt.story);
        expect(
          fromLibrary.missing.map((fact) => fact.text),
          label,
        ).toEqual(fromPrebuilt.missing.map((fact) => fact.text));
        if (fromLibrary.story.articles === 3) onStory++;
      }
    }
    expect(onStory).toBeGreaterThanOrEqual(sets.length);
  }, 30_000);
});
