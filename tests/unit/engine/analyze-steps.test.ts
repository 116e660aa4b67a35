// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  analyzeReadingFrom,
  compareAhead,
  detectTextPromotions,
  summarize,
  type AnalysisStep,
} from '../../../lib/analyze.ts';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import {
  detectGenre,
  detectPromotions,
  findSponsoredCards,
  referenceNamesOf,
} from '../../../lib/promotion/detect.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { parseHtml } from '../promotion/parse-html.ts';
import type { Article } from '../../../lib/article.ts';
import type { Corpus } from '../../../lib/corpus/corpus.ts';
import type { PageCard } from '../../../lib/promotion/detect.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';

// The Firefox background page runs the analysis in two steps (the text's promotions as the article
// arrives, the rest once the page's sponsored boxes do): the report must be the one `analyze` gives.
const corpus = bundledCorpus();
const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const pages = readdirSync(PAGES)
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) => {
    const doc = parseHtml(readFileSync(join(PAGES, file), 'utf8'));
    const extracted = extractArticle(doc, { force: true });
    return extracted.ok
      ? [{ name: file, article: extracted.article, pageCards: findSponsoredCards(doc) }]
      : [];
  });
const cases: { name: string; article: Article; pageCards: PageCard[]; corpus: Corpus }[] = [
  ...pages.map((page) => ({ ...page, corpus })),
  ...loadFixtures(parseHtml).map(({ fixture, article, pageCards }) => ({
    name: fixture.file,
    article,
    pageCards,
    corpus,
  })),
  // Other domains, each page against its own set's references (stories, claims, missing context).
  ...loadDevSets().flatMap((set) => {
    const own = set.corpus();
    return set.pages.map((page) => ({
      name: `${set.domain}/${page.name}`,
      article: page.article,
      pageCards: [],
      corpus: own,
    }));
  }),
];

describe('the analysis in two steps', () => {
  it('covers pages with claims, with promotions and with sponsored boxes', () => {
    const reports = cases.map(({ article, pageCards, corpus }) => analyze(article, { corpus, pageCards }));
    expect(reports.some((report) => report.claims.length > 0)).toBe(true);
    expect(reports.some((report) => report.missing.length > 0)).toBe(true);
    expect(reports.some((report) => report.promotions.length > 0)).toBe(true);
    expect(cases.some((page) => page.pageCards.length > 0)).toBe(true);
  });

  it.each(cases)('gives the same report as one call: $name', async ({ article, pageCards, corpus }) => {
    const steps: AnalysisStep[] = [];
    const split = await analyzeReadingFrom(article, detectTextPromotions(article, corpus), {
      corpus,
      pageCards,
      onStep: (step) => steps.push(step),
    });
    expect(split).toEqual(analyze(article, { corpus, pageCards }));
    // And the engine's parts called in one go each, as before the split.
    const genre = detectGenre(article);
    const promotions = detectPromotions(article, { pageCards, genre, references: referenceNamesOf(corpus) });
    const isPromotion = (sentence: string) =>
      promotions.some(({ text }) => text.includes(sentence) || sentence.includes(text));
    const { story, claims, missing } = compareWithCorpus(article, corpus, { isPromotion });
    expect(split).toEqual({
      article: { ...summarize(article), genre },
      story,
      claims,
      missing,
      promotions,
    });
    expect(steps).toEqual(['page-cards', 'nearest', 'read', 'compare']);
  });
});

// The background page also compares ahead of the boxes, as the text's promotions leave the page, and keeps
// that comparison only when the boxes add no promotion (the same sentences are then left out).
describe('the comparison ahead of the sponsored boxes', () => {
  const withAhead = async ({ article, pageCards, corpus }: (typeof cases)[number]) => {
    const text = detectTextPromotions(article, corpus);
    const ahead = await compareAhead(article, text, { corpus });
    const steps: AnalysisStep[] = [];
    const report = await analyzeReadingFrom(article, text, {
      corpus,
      pageCards,
      ahead,
      onStep: (step) => steps.push(step),
    });
    return { report, steps, boxesAdded: report.promotions.length > text.inText.length };
  };

  it.each(cases)('gives the same report as one call: $name', async (page) => {
    const { report, steps, boxesAdded } = await withAhead(page);
    expect(report).toEqual(analyze(page.article, { corpus: page.corpus, pageCards: page.pageCards }));
    // Kept when the boxes add no promotion, compared again when they do.
    expect(steps).toEqual(boxesAdded ? ['page-cards', 'nearest', 'read', 'compare'] : ['page-cards']);
  });

  it('is compared again on pages whose boxes add promotions', async () => {
    const added = await Promise.all(cases.map(async (page) => (await withAhead(page)).boxesAdded));
    expect(added.filter(Boolean).length).toBeGreaterThan(0);
    expect(added.filter((boxes) => !boxes).length).toBeGreaterThan(0);
  });

  it('is not kept when it left out other sentences than the report does', async () => {
    const page = cases.find((each) => analyze(each.article, each).claims.length > 0)!;
    const text = detectTextPromotions(page.article, page.corpus);
    const stale = { promoted: ['Some other sentence entirely.'], comparison: null };
    const report = await analyzeReadingFrom(page.article, text, { ...page, ahead: stale });
    expect(report.claims.length).toBeGreaterThan(0);
  });
});
