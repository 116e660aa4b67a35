// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  allPromotions,
  analyze,
  analyzeReadingFrom,
  compareReading,
  detectTextPromotions,
  reportOf,
  summarize,
  type AnalysisStep,
} from '../../../lib/analyze.ts';
import type { Article } from '../../../lib/article.ts';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import type { Corpus } from '../../../lib/corpus/corpus.ts';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import {
  detectGenre,
  detectPromotions,
  findSponsoredCards,
  referenceNamesOf,
  type PageCard,
} from '../../../lib/promotion/detect.ts';
import { referenceNamesFromTerms, referenceNameTerms } from '../../../lib/reference-name-terms.ts';
import { detectTextPromotionsWith } from '../../../lib/text-promotions.ts';
import { loadDevSets } from '../../../scripts/eval/dev-sets.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { parseHtml } from '../promotion/parse-html.ts';

// The Firefox background page runs the analysis in parts: the text's promotions in a worker (which knows
// the corpus's names only as a list of terms) while it compares the page as if it had none, then the
// page's sponsored boxes, and the comparison again if any promotion turned up. The report must be the one
// `analyze` gives, and the one the engine's parts give when called one after the other.
interface Case {
  name: string;
  article: Article;
  pageCards: PageCard[];
  corpus: Corpus;
}

const bundled = bundledCorpus();
const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const cases: Case[] = [
  ...readdirSync(PAGES)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const doc = parseHtml(readFileSync(join(PAGES, file), 'utf8'));
      const extracted = extractArticle(doc, { force: true });
      return extracted.ok
        ? [{ name: file, article: extracted.article, pageCards: findSponsoredCards(doc), corpus: bundled }]
        : [];
    }),
  ...loadFixtures(parseHtml).map(({ fixture, article, pageCards }) => ({
    name: fixture.file,
    article,
    pageCards,
    corpus: bundled,
  })),
  // Other domains, each page against its own set's references (stories, claims, missing context).
  ...loadDevSets().flatMap((set) => {
    const corpus = set.corpus();
    return set.pages.map((page) => ({
      name: `${set.domain}/${page.name}`,
      article: page.article,
      pageCards: [],
      corpus,
    }));
  }),
];

/** The engine's parts called one after the other, as before the analysis was split. */
function inOneGo({ article, pageCards, corpus }: Case) {
  const genre = detectGenre(article);
  const promotions = detectPromotions(article, { pageCards, genre, references: referenceNamesOf(corpus) });
  const isPromotion = (sentence: string) =>
    promotions.some(({ text }) => text.includes(sentence) || sentence.includes(text));
  const { story, claims, missing } = compareWithCorpus(article, corpus, { isPromotion });
  return { article: { ...summarize(article), genre }, story, claims, missing, promotions };
}

describe('the analysis in parts', () => {
  it('covers pages with claims, with promotions, with sponsored boxes, and other domains', () => {
    const reports = cases.map(({ article, pageCards, corpus }) => analyze(article, { corpus, pageCards }));
    expect(reports.some((report) => report.claims.length > 0)).toBe(true);
    expect(reports.some((report) => report.missing.length > 0)).toBe(true);
    expect(reports.some((report) => report.promotions.length > 0)).toBe(true);
    expect(cases.some((page) => page.pageCards.length > 0)).toBe(true);
    expect(new Set(cases.map((page) => page.corpus)).size).toBeGreaterThan(3);
  });

  it.each(cases)('gives the one-call report, step by step: $name', async (page) => {
    const { article, pageCards, corpus } = page;
    const steps: AnalysisStep[] = [];
    const split = await analyzeReadingFrom(article, detectTextPromotions(article, corpus), {
      corpus,
      pageCards,
      onStep: (step) => steps.push(step),
    });
    expect(split).toEqual(analyze(article, { corpus, pageCards }));
    expect(split).toEqual(inOneGo(page));
    expect(steps).toEqual(['page-cards', 'nearest', 'read', 'compare']);
  });

  it.each(cases)('gives it from the worker and the comparison made meanwhile: $name', async (page) => {
    const { article, pageCards, corpus } = page;
    const text = detectTextPromotionsWith(article, referenceNamesFromTerms(referenceNameTerms(corpus)));
    expect(text).toEqual(detectTextPromotions(article, corpus));
    const promotions = allPromotions(article, text, { corpus, pageCards });
    const meanwhile = await compareReading(article, [], { corpus });
    const comparison =
      promotions.length === 0 ? meanwhile : await compareReading(article, promotions, { corpus });
    expect(reportOf(article, text.genre, promotions, comparison)).toEqual(inOneGo(page));
  });

  it("answers every word of the pages as the corpus's own names do", () => {
    for (const corpus of new Set(cases.map((page) => page.corpus))) {
      const fromTerms = referenceNamesFromTerms(referenceNameTerms(corpus));
      const own = referenceNamesOf(corpus);
      const words = new Set(
        cases
          .filter((page) => page.corpus === corpus)
          .flatMap((page) => page.article.blocks.flatMap((block) => block.text.split(/\s+/)))
          .flatMap((word) => [word, word.replace(/^\W+|\W+$/gu, '')]),
      );
      let names = 0;
      for (const word of words) {
        expect(fromTerms(word), word).toBe(own(word));
        if (own(word)) names++;
      }
      expect(names).toBeGreaterThan(0);
    }
  });
});
