import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { buildCorpusIndex } from '../../../lib/corpus/build-index.ts';
import { loadCorpus, loadSegments } from '../../../lib/corpus/load-index.ts';
import { segmentOfIndex } from '../../../lib/corpus/segment.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';

// A reader's library is loaded from segments, with no stories stored: they are grouped when first needed and
// must be the ones a prebuilt index stores, with the same checkable details.
const sets = loadDevSets();

describe('a library loaded from segments', () => {
  it('groups its articles into the stories a prebuilt index stores', () => {
    expect(sets.length).toBeGreaterThanOrEqual(2);
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
    const groups = (corpus: typeof prebuilt) =>
      corpus.stories.map((story) => [...story.docs].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
    expect(groups(library)).toEqual(groups(prebuilt));
    expect(library.stories.length).toBeGreaterThanOrEqual(2 * sets.length);
    const withDetails = prebuilt.sentences.findIndex((sentence) => sentence.details.length > 0);
    expect(withDetails).toBeGreaterThanOrEqual(0);
    expect(library.sentences[withDetails]!.details).toEqual(prebuilt.sentences[withDetails]!.details);

    const brief = sets[0]!.pages.find((page) => page.labels.kind === 'brief')!;
    const fromLibrary = compareWithCorpus(brief.article, library);
    const fromPrebuilt = compareWithCorpus(brief.article, prebuilt);
    expect(fromLibrary.story.articles).toBe(3);
    expect(fromLibrary.missing.map((fact) => fact.text)).toEqual(
      fromPrebuilt.missing.map((fact) => fact.text),
    );
  });
});
