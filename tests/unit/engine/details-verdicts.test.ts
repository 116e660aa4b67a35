import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';

// The example of issue 14: one match report as the reference, a page on which every figure is wrong.
const REFERENCE = [
  'Harbourside come from behind to beat Millbrook',
  '',
  'Harbourside United came from behind to beat Millbrook Rovers 2-1 at Quay Park on Saturday, in front of a crowd of 3,412.',
  '',
  'Millbrook took the lead through a first-half header before Harbourside levelled early in the second half.',
  '',
  'Whitlock scored the winner in the 89th minute after a goalmouth scramble.',
].join('\n');

const corpus = () =>
  loadCorpus(
    buildCorpusIndex([
      {
        id: 'herald_1',
        title: 'Harbourside come from behind to beat Millbrook',
        site: 'Harbour Herald',
        date: null,
        url: null,
        text: REFERENCE,
      },
    ]),
  );

const page = (lines: string[]) =>
  articleFromText(['Harbourside win at Quay Park', '', ...lines].join('\n\n'));

describe('details checked against the story', () => {
  it('finds three conflicts on the issue page, each saying what differs and where', () => {
    const result = compareWithCorpus(
      page([
        'Harbourside United beat Millbrook Rovers 3-1 at Quay Park on Saturday.',
        'Ben Whitlock scored the winner 85 minutes into the match after a goalmouth scramble.',
        'The crowd of 5,412 saw Harbourside move up to third in the county league.',
      ]),
      corpus(),
    );
    const byText = (fragment: string) => result.claims.find((claim) => claim.text.includes(fragment));
    expect(byText('3-1')).toMatchObject({ status: 'conflicting', detail: '3-1 here; 2-1 in Harbour Herald' });
    expect(byText('85 minutes')).toMatchObject({
      status: 'conflicting',
      detail: '85th minute here; 89th minute in Harbour Herald',
    });
    expect(byText('5,412')).toMatchObject({
      status: 'conflicting',
      detail: '5,412 here; 3,412 in Harbour Herald',
    });
    for (const claim of result.claims) expect(claim.evidence[0]?.source).toBe('Harbour Herald');
  });

  it('does not list a fact the page contradicts as missing context, but keeps a figure it gives nowhere', () => {
    const resultSheet = 'Harbourside United came from behind to beat Millbrook Rovers 2-1';
    const score = 'Harbourside United beat Millbrook Rovers 3-1 at Quay Park on Saturday.';
    const contradicted = compareWithCorpus(
      page([
        score,
        'Ben Whitlock scored the winner 85 minutes into the match after a goalmouth scramble.',
        'The crowd of 5,412 saw Harbourside move up to third in the county league.',
      ]),
      corpus(),
    );
    expect(contradicted.claims.filter((claim) => claim.status === 'conflicting')).toHaveLength(3);
    expect(contradicted.missing.some((fact) => fact.text.startsWith(resultSheet))).toBe(false);
    // The score is contradicted, the crowd of 3,412 is said nowhere on this page: still missing.
    const crowdUnsaid = compareWithCorpus(
      page([score, 'Whitlock scored the winner in the 89th minute after a goalmouth scramble.']),
      corpus(),
    );
    expect(crowdUnsaid.claims.map((claim) => claim.status)).toEqual(['conflicting', 'corroborated']);
    expect(crowdUnsaid.missing.some((fact) => fact.text.startsWith(resultSheet))).toBe(true);
  });

  it('does not call a less specific wording a conflict', () => {
    const result = compareWithCorpus(
      page([
        'Harbourside United came from behind to beat Millbrook Rovers at Quay Park on Saturday.',
        'Whitlock scored the winner late in the game after a goalmouth scramble.',
        'A crowd of more than 3,000 watched Harbourside United beat Millbrook Rovers.',
        'A crowd of about 3,400 saw the winner from Whitlock.',
      ]),
      corpus(),
    );
    expect(result.story.inCorpus).toBe(true);
    expect(result.claims.filter((claim) => claim.status === 'conflicting')).toEqual([]);
  });

  it('keeps a corroborated claim corroborated and names the detail no reference states', () => {
    const result = compareWithCorpus(
      page([
        'Harbourside United came from behind to beat Millbrook Rovers 2-1 at Quay Park on Saturday.',
        'Whitlock scored the winner in the 89th minute after a goalmouth scramble, his 14th goal of the season.',
        'The crowd of 3,412 saw Harbourside United beat Millbrook Rovers.',
      ]),
      corpus(),
    );
    const scramble = result.claims.find((claim) => claim.text.includes('goalmouth'));
    expect(scramble?.status).toBe('corroborated');
    expect(scramble?.detail).toBeUndefined();
    const score = result.claims.find((claim) => claim.text.includes('2-1'));
    expect(score?.status).toBe('corroborated');
  });
});

describe('a copy of a reference article', () => {
  it('says which figures it changed from its original and which sentences it added', () => {
    const original = readFileSync(
      join(import.meta.dirname, '../../../data/corpus/002_3e54b03032518af5.txt'),
      'utf8',
    );
    expect(original).toContain('$90 billion');
    const copy = original
      .replace('$90 billion', '$60 billion')
      .replace(
        /\n/,
        '\nThe mayor of Quayside opened a new library on the harbour front with 12,000 books.\n',
      );
    const result = compareWithCorpus(articleFromText(copy), bundledCorpus());
    expect(result.story.identicalTo).toBe('002_3e54b03032518af5');
    const changed = result.claims.find((claim) => claim.text.includes('$60 billion'));
    expect(changed?.status).toBe('conflicting');
    expect(changed?.detail).toMatch(/^\$60 billion here; \$90 billion in .* \(the original\)$/);
    const added = result.claims.find((claim) => claim.text.includes('library'));
    expect(added?.detail ?? '').toMatch(/^added: not in the original/);
  });
});
