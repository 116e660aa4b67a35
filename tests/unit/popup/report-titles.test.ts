import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze.ts';
import type { Article } from '../../../lib/article.ts';
import { bundledCorpus, bundledIndexJson } from '../../../lib/corpus/bundled.ts';
import type { Report } from '../../../lib/report.ts';
import { reportTitles } from '../../../utils/report-titles.ts';

const corpus = {
  docs: [
    { id: 'a', title: 'Alpha' },
    { id: 'b', title: 'Beta' },
    { id: 'c', title: 'Gamma' },
    { id: 'd', title: 'Delta' },
  ],
  docIndex: new Map([
    ['a', 0],
    ['b', 1],
    ['c', 2],
    ['d', 3],
  ]),
} as unknown as Parameters<typeof reportTitles>[1];

const report = (part: Partial<Report>): Report => ({
  article: { title: 'Page', site: null, byline: null, lang: null, wordCount: 10 },
  story: { inCorpus: false, related: [], identicalTo: null },
  claims: [],
  missing: [],
  promotions: [],
  ...part,
});

describe('reportTitles', () => {
  it('names only the articles the report refers to', () => {
    const titles = reportTitles(
      report({
        story: { inCorpus: true, related: [{ docId: 'a', title: 'Alpha', score: 0.5 }], identicalTo: 'b' },
        claims: [
          { text: 'x', status: 'corroborated', evidence: [{ docId: 'c', source: 's', text: 'y', score: 1 }] },
        ],
      }),
      corpus,
    );
    expect(titles).toEqual({ a: 'Alpha', b: 'Beta', c: 'Gamma' });
  });

  it('names the articles that report a missing fact, and skips ids the corpus does not hold', () => {
    const titles = reportTitles(report({ missing: [{ text: 'z', docIds: ['d', 'gone'] }] }), corpus);
    expect(titles).toEqual({ d: 'Delta' });
  });

  it('covers every id a real report names', () => {
    const index = bundledIndexJson();
    const doc = index.docs[0]!;
    const text = index.sentences
      .slice(doc.first, doc.first + doc.count)
      .filter((_, at) => at % 2 === 0)
      .map((sentence) => sentence.text);
    const article: Article = {
      title: doc.title,
      site: null,
      byline: null,
      lang: 'en',
      published: null,
      url: null,
      wordCount: text.join(' ').split(' ').length,
      blocks: text.map((sentence) => ({ kind: 'paragraph', text: sentence, links: [] })),
    };
    const real = analyze(article, { corpus: bundledCorpus() });
    const titles = reportTitles(real, bundledCorpus());
    const named = [
      ...real.story.related.map((entry) => entry.docId),
      ...real.claims.flatMap((claim) => claim.evidence.map((evidence) => evidence.docId)),
      ...real.missing.flatMap((fact) => fact.docIds),
    ];
    expect(named.length).toBeGreaterThan(0);
    for (const id of named)
      expect(titles[id]).toBe(bundledCorpus().docs.find((entry) => entry.id === id)?.title);
    expect(Object.keys(titles).length).toBeLessThanOrEqual(bundledCorpus().docs.length);
  });
});
