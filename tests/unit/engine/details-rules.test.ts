import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { quoted } from '../../../lib/analysis/detail-check.ts';
import { comparableDetails, detailsAgree } from '../../../lib/analysis/detail-values.ts';
import type { SentenceDetail } from '../../../lib/corpus/corpus.ts';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detailsOf } from '../../../lib/text/details/registry.ts';
import { namedPerson, quotesByPronoun } from '../../../lib/text/speaker-pronoun.ts';

const figure = (text: string, role = 'count'): SentenceDetail => {
  const found = detailsOf(text).find((detail) => detail.role === role)!;
  return { ...found, head: [], context: [] } as SentenceDetail;
};
const roles = (text: string) => detailsOf(text).map((detail) => `${detail.role}=${detail.value}`);

describe('detail values', () => {
  it('lets an "about" figure cover its rounding step, not a figure written to the ten that is 7% away', () => {
    expect(detailsAgree(figure('about 90 people'), figure('84 people'))).toBe(true);
    expect(detailsAgree(figure('around 12,000 homes'), figure('11,400 homes'))).toBe(true);
    expect(detailsAgree(figure('some 1,340 households'), figure('1,430 homes'))).toBe(false);
  });

  it('does not compare percentages that make up one whole, or durations a hundredfold apart', () => {
    expect(comparableDetails(figure('77 percent', 'percentage'), figure('23 percent', 'percentage'))).toBe(
      false,
    );
    expect(comparableDetails(figure('half an hour', 'duration'), figure('six weeks', 'duration'))).toBe(
      false,
    );
    expect(comparableDetails(figure('four weeks', 'duration'), figure('six weeks', 'duration'))).toBe(true);
  });
});

describe('role extraction', () => {
  it('reads a number after a label noun as no count, and "aged 16 and 13" as two ages', () => {
    expect(roles('The ruling turned on section 3 of the act and type 2 diabetes.')).toEqual([]);
    expect(roles('The sisters, aged 16 and 13, attended.')).toEqual(['age=16', 'age=13']);
  });

  it('reads "after 12 minutes," as a minute, and "the 17 February Brigade" as no date', () => {
    expect(roles('Lopez put them ahead after 12 minutes, with a header.')).toContain('minute=12');
    expect(roles('The cable named the 17 February Brigade.')).not.toContain('date=-02-17');
    expect(roles('Work starts off Mill Lane.')).toContain('place=mill lane');
  });

  it('knows a quotation given to a pronoun and the person the sentence before names', () => {
    expect(quotesByPronoun('"We were robbed," she said.')).toBe(true);
    expect(quotesByPronoun('"We were robbed," the coach said.')).toBe(false);
    expect(namedPerson('Rovers coach Ana Ferreira was furious with the referee.')?.name).toBe('Ana Ferreira');
    expect(quoted('"If I had 45,000 votes I would win," he said.', '45,000')).toBe(true);
    expect(quoted('He won 45,000 votes, "a record", he said.', '45,000')).toBe(false);
  });
});

// Two invented reports of one event; the page changes a speaker and a place.
const corpus = () =>
  loadCorpus(
    buildCorpusIndex([
      {
        id: 'valley_1',
        title: 'Storm floods Carrow valley',
        site: 'Valley Post',
        date: '2031-05-02',
        url: null,
        text: [
          'Storm floods Carrow valley',
          'The River Teme crested at 5.8 metres in Lowford on Thursday, flooding 212 homes across the Carrow valley.',
          'Mayor Priya Osei was angry about the late warning.',
          '"Nobody told us the water was coming until it was at our doors," she said.',
          'Engineers will inspect the flood wall next week.',
        ].join('\n\n'),
      },
      {
        id: 'courier_1',
        title: 'Carrow valley homes flooded as Teme bursts banks',
        site: 'Carrow Courier',
        date: '2031-05-02',
        url: null,
        text: [
          'Carrow valley homes flooded as Teme bursts banks',
          'Some 212 homes were flooded in the Carrow valley after the River Teme burst its banks on Thursday.',
          'The river reached 5.8 metres at its peak in Lowford, the highest level on record.',
          'Mayor Priya Osei said residents had been warned far too late.',
        ].join('\n\n'),
      },
    ]),
  );

describe('conflicts found through the story', () => {
  it('finds a quotation given to another speaker by "she said", and a figure tied to another place', () => {
    const result = compareWithCorpus(
      articleFromText(
        [
          'Carrow valley flooded',
          'The River Teme burst its banks on Thursday and flooded 212 homes in the Carrow valley.',
          '"Nobody told us the water was coming until it was at our doors," said council leader Tom Baines.',
          'The river peaked at 5.8 metres in Carrow Bridge.',
        ].join('\n\n'),
      ),
      corpus(),
    );
    const claim = (fragment: string) => result.claims.find((entry) => entry.text.includes(fragment));
    expect(claim('Tom Baines')).toMatchObject({ status: 'conflicting' });
    expect(claim('Tom Baines')?.detail).toContain('Priya Osei');
    expect(claim('Carrow Bridge')).toMatchObject({ status: 'conflicting' });
    expect(claim('Carrow Bridge')?.detail).toContain('Lowford');
    expect(claim('212 homes')?.status).toBe('corroborated');
  });
});

describe('results written in words', () => {
  it('reads "by three goals to one" and "by 52 votes to 48" as scores, not "rose two points to 5.25%"', () => {
    expect(roles('Harbourside beat Rovers by three goals to one.')).toContain('score=3-1');
    expect(roles('The bill passed by 52 votes to 48.')).toContain('score=52-48');
    expect(roles('She won two sets to nil.')).toContain('score=2-0');
    expect(roles('The yield rose two points to 5.25% on Monday.').some((r) => r.startsWith('score'))).toBe(
      false,
    );
    expect(roles('Rates went up two points to 7 in March.').some((r) => r.startsWith('score'))).toBe(false);
  });
});
