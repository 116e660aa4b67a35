import { describe, expect, it } from 'vitest';
import { decodeRelatedTerms, encodeRelatedTerms, relatedTerms } from '../../../lib/text/related-terms.ts';
import { sentenceTerms } from '../../../lib/text/sentence-terms.ts';
import { FEATURE_NAMES, pairFeatures } from '../../../lib/analysis/pair-features.ts';
import { TermMapper } from '../../../lib/analysis/sentence-view.ts';
import { corpusTermStats } from '../../../lib/analysis/term-stats.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';

const stem = (word: string) => sentenceTerms(word).sequence[0]!;
const near = (a: string, b: string) =>
  relatedTerms(stem(a)).find((related) => related.term === stem(b))?.similarity ?? 0;

describe('related terms', () => {
  it('loads the bundled table, keyed by the engine’s stems, read both ways', () => {
    expect(near('guarantees', 'pledges')).toBeGreaterThan(0.5);
    expect(near('pledges', 'guarantees')).toBe(near('guarantees', 'pledges'));
    expect(near('protection', 'safeguard')).toBeGreaterThan(0.5);
    expect(relatedTerms('no-such-term')).toEqual([]);
  });

  it('relates words, not people: no politician stands for another', () => {
    for (const name of ['Trump', 'Putin', 'Obama', 'Zelensky', 'Merz']) {
      const related = relatedTerms(stem(name)).map((near) => near.term);
      for (const other of ['Trump', 'Putin', 'Obama', 'Biden', 'Clinton', 'Zelensky', 'Merz', 'Macron'])
        expect(related).not.toContain(stem(other));
    }
  });

  it('leaves out GloVe’s antonyms and co-hyponyms (WordNet keeps only related senses)', () => {
    expect(near('rose', 'fell')).toBe(0);
    expect(near('Monday', 'Tuesday')).toBe(0);
    expect(near('increase', 'decrease')).toBe(0);
  });

  it('is keyed by the current term normaliser (rebuild it with scripts/build/build-related-terms.ts if not)', () => {
    // A change to lib/text/terms.ts (stemming, aliases) leaves the table's keys behind: coverage collapses.
    const corpus = bundledCorpus();
    const content = corpus.terms.filter((term, id) => !corpus.names.has(id) && !/^\d/.test(term));
    const known = content.filter((term) => relatedTerms(term).length > 0);
    expect(known.length / content.length).toBeGreaterThan(0.9);
  });

  it('lists each term’s related terms most similar first', () => {
    const list = relatedTerms(stem('guarantee'));
    expect(list.length).toBeGreaterThan(2);
    for (let at = 1; at < list.length; at++)
      expect(list[at]!.similarity).toBeLessThanOrEqual(list[at - 1]!.similarity);
  });

  it('round-trips the compact encoding', () => {
    const json = encodeRelatedTerms(
      ['alpha', 'beta', 'gamma', 'delta'],
      [
        { a: 0, b: 2, sim: 0.8 },
        { a: 2, b: 1, sim: 0.6 },
      ],
      'test',
    );
    expect(json.terms).toBe('alpha beta gamma');
    const table = decodeRelatedTerms(json);
    expect(table.relatedTo('gamma').map((r) => r.term)).toEqual(['alpha', 'beta']);
    expect(table.relatedTo('beta')[0]!.similarity).toBeCloseTo(0.6, 2);
    expect(table.relatedTo('delta')).toEqual([]);
  });
});

describe('the matcher’s soft overlap', () => {
  const corpus = bundledCorpus();
  const stats = corpusTermStats(corpus, new Set());
  const features = (page: string, reference: string) => {
    const mapper = new TermMapper(corpus);
    const named = Object.fromEntries(
      FEATURE_NAMES.map((name, at) => [
        name,
        pairFeatures(
          mapper.view(page, sentenceTerms(page)),
          mapper.view(reference, sentenceTerms(reference)),
          stats,
        )[at],
      ]),
    );
    return named as Record<(typeof FEATURE_NAMES)[number], number>;
  };

  it('credits a content word said in a related word, both ways', () => {
    const pair = features(
      'Washington pledged firm protection for Kyiv after the talks.',
      'Washington offered firm safeguards for Kyiv after the talks.',
    );
    expect(pair.softPageCoverage).toBeGreaterThan(0);
    expect(pair.softReferenceCoverage).toBeGreaterThan(0);
  });

  it('gives nothing for words that are merely shared or unrelated', () => {
    const same = features('Kyiv asked for protection.', 'Kyiv asked for protection.');
    expect(same.softPageCoverage).toBe(0);
    const unrelated = features('Trump praised the budget vote.', 'Putin toured a tractor factory.');
    expect(unrelated.softPageCoverage).toBe(0);
  });
});
