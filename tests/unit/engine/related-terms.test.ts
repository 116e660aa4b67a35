import { describe, expect, it } from 'vitest';
import { decodeRelatedTerms, encodeRelatedTerms, relatedTerms } from '../../../lib/text/related-terms.ts';
import { sentenceTerms } from '../../../lib/text/sentence-terms.ts';

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
    expect(table.related[table.index.get('gamma')!]!.map((r) => r.term)).toEqual(['alpha', 'beta']);
    expect(table.related[table.index.get('beta')!]![0]!.similarity).toBeCloseTo(0.6, 2);
  });
});
