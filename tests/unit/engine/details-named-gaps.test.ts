import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detailsOf } from '../../../lib/text/details/registry.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';

const roles = (text: string) => detailsOf(text).map((detail) => `${detail.role}=${detail.value}`);

describe('majorities, named courts and unnamed ages', () => {
  it('reads a majority as a result, and a court as a place only under a proper name', () => {
    expect(roles('The council backed the plan by a 7-2 majority.')).toContain('score=7-2');
    expect(roles('He appeared at Northgate Magistrates Court.')).toContain(
      'place=northgate magistrates court',
    );
    expect(roles('The appeal was heard at the High Court.')).toEqual([]);
    expect(roles('She won her case in the Supreme Court.')).toEqual([]);
  });

  // Two invented reports of a tribunal hearing; the page changes a majority, a court and an unnamed age.
  const corpus = () =>
    loadCorpus(
      buildCorpusIndex(
        ['Dale Gazette', 'Moor Echo'].map((site, index) => ({
          id: `tribunal_${index}`,
          title: 'Landlord fined over unsafe flats',
          site,
          date: '2031-09-10',
          url: null,
          text: [
            'Landlord fined over unsafe flats',
            'Landlord Victor Hale, 52, was fined £40,000 at Northgate Magistrates Court on Monday over unsafe flats in Brookside.',
            'Magistrates found him guilty by a 2-1 majority after a two-day hearing.',
            'Hale, a former surveyor, must also pay £8,500 in costs within a year.',
            'Tenants had complained for months about broken fire doors and faulty wiring in the block.',
          ].join('\n\n'),
        })),
      ),
    );

  it('calls a wrong majority, another court and a wrong age conflicting, and the right figures corroborated', () => {
    const result = compareWithCorpus(
      articleFromText(
        [
          'Brookside landlord fined',
          'Landlord Victor Hale was fined £40,000 over unsafe flats in Brookside on Monday.',
          'Magistrates found him guilty by a 3-0 majority after a two-day hearing.',
          'The fine was imposed at Southgate Magistrates Court.',
          'The 57-year-old, a former surveyor, must also pay £8,500 in costs within a year.',
        ].join('\n\n'),
      ),
      corpus(),
    );
    const claim = (fragment: string) => result.claims.find((entry) => entry.text.includes(fragment));
    expect(claim('3-0')).toMatchObject({ status: 'conflicting' });
    expect(claim('3-0')?.detail).toContain('2-1');
    expect(claim('Southgate')).toMatchObject({ status: 'conflicting' });
    expect(claim('Southgate')?.detail?.toLowerCase()).toContain('northgate');
    expect(claim('57-year-old')).toMatchObject({ status: 'conflicting' });
    expect(claim('57-year-old')?.detail).toContain('52');
    expect(claim('£40,000')?.status).toBe('corroborated');
  });
});

describe('a figure the story gives another value', () => {
  it('is never corroborated, even when the sentence that states the claim does not give the figure', () => {
    const corpus = loadCorpus(
      buildCorpusIndex(
        ['Dale Gazette', 'Moor Echo'].map((site, index) => ({
          id: `repairs_${index}`,
          title: 'Council to repair damp homes',
          site,
          date: '2031-09-10',
          url: null,
          text: [
            'Council to repair damp homes',
            'Ashby Council will spend £2.4 million repairing 48 damp homes on the Brookside estate, it said on Monday.',
            'Work on the homes will start in March and take about a year, council leader Nina Shah said.',
            'Tenants had complained about mould for years.',
          ].join('\n\n'),
        })),
      ),
    );
    const page = (figure: string) =>
      compareWithCorpus(
        articleFromText(
          [
            'Damp homes to be repaired',
            'Ashby Council will spend £2.4 million repairing damp homes on the Brookside estate.',
            `Work on the ${figure} homes will start in March and take about a year, council leader Nina Shah said.`,
          ].join('\n\n'),
        ),
        corpus,
      ).claims.find((claim) => claim.text.startsWith('Work on'));
    expect(page('52')?.status).not.toBe('corroborated');
    expect(page('48')?.status).toBe('corroborated');
  });
});

describe('held-out sets', () => {
  // loadDevSets throws when a fact or sentence quote is not in its text.
  const sets = loadDevSets(join(import.meta.dirname, '..', '..', 'fixtures', 'held-out-sets'));

  it('has the courts and health sets, each with ten or so labelled conflicts over varied roles', () => {
    expect(sets.map((set) => set.domain).sort()).toEqual(['courts', 'health']);
    for (const set of sets) {
      const conflicts = set.pages.flatMap((page) =>
        page.labels.sentences.filter((sentence) => sentence.expect === 'conflicting'),
      );
      expect(conflicts.length).toBeGreaterThanOrEqual(8);
      expect(new Set(conflicts.map((sentence) => sentence.role)).size).toBeGreaterThanOrEqual(7);
    }
  });
});
