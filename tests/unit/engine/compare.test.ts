import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { marksOf } from '../../../lib/page/marks.ts';
import { verdictOf } from '../../../lib/verdict.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { analyseDevPage, devExpectations, devPageFailures } from '../../../scripts/eval/eval-dev-pages.ts';

const seed = (name: string) =>
  articleFromText(readFileSync(join(import.meta.dirname, '../../../data/corpus', name), 'utf8'));

describe('compareWithCorpus on the dev pages', () => {
  for (const [name, expected] of Object.entries(devExpectations())) {
    it(`meets the expectations for ${name}`, () => {
      expect(devPageFailures(name, expected, analyseDevPage(name))).toEqual([]);
    });
  }

  it('reports nothing but the story verdict for an unrelated story', () => {
    const result = analyseDevPage('city-budget.txt');
    expect(result).toEqual({
      story: { inCorpus: false, related: [], identicalTo: null },
      claims: [],
      missing: [],
    });
  });

  it('says what differs in a conflicting figure', () => {
    const claim = analyseDevPage('changed-figures.txt').claims.find((entry) =>
      entry.text.includes('$60 billion'),
    );
    expect(claim?.detail).toBe('$60 billion here; $90 billion in 002');
    expect(claim?.evidence[0]?.docId).toBe('002_3e54b03032518af5');
  });

  it('says who a quote is given to here and in the reference', () => {
    const claim = analyseDevPage('swapped-speaker.txt').claims.find((entry) =>
      entry.text.includes('Putin remarked'),
    );
    expect(claim?.status).toBe('conflicting');
    expect(claim?.detail).toBe('quote attributed to Putin here; to Trump in PRESS AI WORLD');
  });

  it('gives missing context only from the related articles, with their ids', () => {
    const result = analyseDevPage('swapped-speaker.txt');
    const related = new Set(result.story.related.map((entry) => entry.docId));
    expect(result.missing.length).toBeGreaterThan(0);
    for (const fact of result.missing) for (const id of fact.docIds) expect(related.has(id)).toBe(true);
  });
});

describe('compareWithCorpus on copies of corpus articles', () => {
  it('recognises a twin and compares the page with the other articles', () => {
    const result = compareWithCorpus(seed('002_3e54b03032518af5.txt'), bundledCorpus());
    expect(result.story.identicalTo).toBe('002_3e54b03032518af5');
    expect(result.story.related.map((entry) => entry.docId)).not.toContain('002_3e54b03032518af5');
    for (const claim of result.claims)
      for (const evidence of claim.evidence) expect(evidence.docId).not.toBe('002_3e54b03032518af5');
  });

  it('says what a copy left as in the original, not "not found": unmarked, and counted apart in the verdict', () => {
    const result = compareWithCorpus(seed('002_3e54b03032518af5.txt'), bundledCorpus());
    const unchanged = result.claims.filter((claim) => claim.unchangedFromOriginal);
    expect(unchanged.length).toBeGreaterThan(result.claims.length / 2);
    for (const claim of unchanged) expect(claim.status).toBe('unsupported');
    // An exact copy changed nothing: every sentence no other reference reports stands as in the original.
    expect(
      result.claims.filter((claim) => claim.status === 'unsupported' && !claim.unchangedFromOriginal),
    ).toEqual([]);
    const report = {
      article: { title: '', site: null, byline: null, lang: 'en', wordCount: 500 },
      ...result,
      promotions: [],
    };
    expect(marksOf(report).map((mark) => mark.text)).not.toContain(unchanged[0]!.text);
    expect(verdictOf(report)).toContain(`0 not found, ${unchanged.length} as in the original`);
  });

  it('ranks the same event first, not just the same topic: the February calls pair 001 with 004', () => {
    for (const [page, other] of [
      ['001_8795b68136b604a4', '004_24dea756a2b6def1'],
      ['004_24dea756a2b6def1', '001_8795b68136b604a4'],
    ] as const) {
      const result = compareWithCorpus(seed(`${page}.txt`), bundledCorpus(), { exclude: [page] });
      expect(result.story.related[0]?.docId).toBe(other);
    }
  });

  it('does not take an article published weeks away from the page for the same story', () => {
    // The February calls (001, 004) dated as published; 004 is the page, 001 its sibling.
    const documents = readCorpusDocuments().map((doc) =>
      doc.id.startsWith('001') ? { ...doc, date: '2025-02-12' } : doc,
    );
    const corpus = loadCorpus(buildCorpusIndex(documents));
    const page = seed('004_24dea756a2b6def1.txt');
    const relatedOn = (published: string) =>
      compareWithCorpus({ ...page, published }, corpus, {
        exclude: ['004_24dea756a2b6def1'],
      }).story.related.map((entry) => entry.docId);
    expect(relatedOn('2025-02-13T09:30:00Z')).toContain('001_8795b68136b604a4');
    expect(relatedOn('2025-08-19')).not.toContain('001_8795b68136b604a4');
  });

  it('leaves excluded articles out entirely', () => {
    const result = compareWithCorpus(seed('004_24dea756a2b6def1.txt'), bundledCorpus(), {
      exclude: ['004_24dea756a2b6def1'],
    });
    expect(result.story.identicalTo).toBeNull();
    const ids = [
      ...result.story.related.map((entry) => entry.docId),
      ...result.claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.docId)),
      ...result.missing.flatMap((fact) => fact.docIds),
    ];
    expect(ids).not.toContain('004_24dea756a2b6def1');
  });

  it('never treats the furniture or related-links tail of a page as claims', () => {
    const result = compareWithCorpus(seed('003_8b871eeef2c2e3fa.txt'), bundledCorpus(), {
      exclude: ['003_8b871eeef2c2e3fa'],
    });
    for (const word of ['Bangladeshi', 'COP30', 'LATEST', 'BBC', 'HomeWorld']) {
      expect(result.claims.filter((claim) => claim.text.includes(word))).toEqual([]);
    }
  });

  it('never treats promotions as claims', () => {
    const page = seed('000_537067cc5d27b92f.txt');
    const result = compareWithCorpus(page, bundledCorpus(), {
      exclude: ['000_537067cc5d27b92f'],
      isPromotion: (sentence) => sentence.includes('Kindle'),
    });
    expect(result.claims.some((claim) => claim.text.includes('Kindle'))).toBe(false);
  });

  it('does not corroborate a sentence that only shares names with a reference', () => {
    const page = articleFromText(
      'Leaders meet\nTrump and Putin were both photographed smiling at a state dinner with musicians and dancers.\n' +
        'U.S. President Donald Trump recently announced that he had a "lengthy and highly productive" phone call with Russian President Vladimir Putin.',
    );
    const result = compareWithCorpus(page, bundledCorpus());
    const dinner = result.claims.find((claim) => claim.text.includes('state dinner'));
    expect(dinner?.status).not.toBe('corroborated');
  });

  it('lists evidence from the articles on the page’s story before any other', () => {
    let checked = 0;
    for (const id of ['000_537067cc5d27b92f', '001_8795b68136b604a4', '004_24dea756a2b6def1']) {
      const result = compareWithCorpus(seed(`${id}.txt`), bundledCorpus(), { exclude: [id] });
      const related = new Set(result.story.related.map((entry) => entry.docId));
      for (const claim of result.claims) {
        const onStory = claim.evidence.map((evidence) => related.has(evidence.docId));
        expect(onStory).toEqual([...onStory].sort((a, b) => Number(b) - Number(a)));
        if (onStory.includes(true) && onStory.includes(false)) checked++;
      }
    }
    expect(checked, 'claims with evidence from both kinds of article').toBeGreaterThan(0);
  });

  it('takes no evidence from another story that shares the names and a single word', () => {
    // 002 (the August meeting) against the others: 001's "phone calls with … Putin and … Zelenskyy" (February)
    // shares the three leaders and "call" with 002's opening sentence, not what it reports.
    const result = compareWithCorpus(seed('002_3e54b03032518af5.txt'), bundledCorpus(), {
      exclude: ['002_3e54b03032518af5'],
    });
    const opening = result.claims.find((claim) => claim.text.startsWith('Washington, D.C.'));
    expect(opening).toBeDefined();
    for (const evidence of opening!.evidence) expect(evidence.text).not.toMatch(/productive phone calls/);
  });
});
