import type { Article } from './article.ts';
import {
  NO_COMPARISON,
  articlesToRead,
  finishComparison,
  nearestArticles,
  type Comparison,
} from './analysis/compare.ts';
import type { Corpus } from './corpus/corpus.ts';
import { addPageCards, referenceNamesOf, type PageCard } from './promotion/detect.ts';
import type { ArticleGenre, ArticleSummary, Promotion, Report } from './report.ts';
import { detectTextPromotionsWith, type TextPromotions } from './text-promotions.ts';

export type { TextPromotions } from './text-promotions.ts';

export interface AnalyzeOptions {
  corpus: Corpus;
  /** Corpus article ids to leave out of the comparison. */
  exclude?: string[];
  /** Sponsored boxes seen in the live page, which Readability may have dropped. */
  pageCards?: PageCard[];
  /** Told as each step of the analysis ends (the Firefox background page times them for bench:pages). */
  onStep?: (step: AnalysisStep) => void;
}

/** The steps of {@link analyzeReadingFrom} after its first, in order. */
export type AnalysisStep = 'page-cards' | 'nearest' | 'read' | 'compare';

/** The analysis's first step (lib/text-promotions.ts), with the corpus's names. */
export function detectTextPromotions(article: Article, corpus: Corpus): TextPromotions {
  return detectTextPromotionsWith(article, referenceNamesOf(corpus));
}

/** The whole analysis: promotions first, so that no promotion is ever treated as a claim. */
export function analyze(article: Article, options: AnalyzeOptions): Report {
  const text = detectTextPromotions(article, options.corpus);
  const promotions = allPromotions(article, text, options);
  const start = nearestArticles(article, options.corpus, comparing(promotions, options));
  return reportOf(article, text.genre, promotions, start && finishComparison(article, options.corpus, start));
}

/**
 * The same analysis, for a corpus that keeps its articles' sentences in storage (a reader's library): once
 * the page's nearest articles are known, their sentences are read (Corpus.readArticles), and only theirs.
 */
export async function analyzeReading(article: Article, options: AnalyzeOptions): Promise<Report> {
  return analyzeReadingFrom(article, detectTextPromotions(article, options.corpus), options);
}

/** {@link analyzeReading} once its first step, {@link detectTextPromotions}, is done. */
export async function analyzeReadingFrom(
  article: Article,
  text: TextPromotions,
  options: AnalyzeOptions,
): Promise<Report> {
  const promotions = allPromotions(article, text, options);
  options.onStep?.('page-cards');
  return reportOf(article, text.genre, promotions, await compareReading(article, promotions, options));
}

/** The promotions in the text and the page's sponsored boxes that they do not already hold. */
export function allPromotions(article: Article, text: TextPromotions, options: AnalyzeOptions): Promotion[] {
  return addPageCards(article, text.inText, { pageCards: options.pageCards ?? [], genre: text.genre });
}

/**
 * The comparison part of {@link analyzeReading}, given the page's promotions (none of them is read as a
 * claim). The Firefox background page runs it with no promotions while a worker looks for them: on a page
 * that has none (most pages), that is already the comparison.
 */
export async function compareReading(
  article: Article,
  promotions: readonly Promotion[],
  options: AnalyzeOptions,
): Promise<Comparison | null> {
  const step = options.onStep ?? (() => {});
  const { corpus } = options;
  const start = nearestArticles(article, corpus, comparing(promotions, options));
  step('nearest');
  if (start) await corpus.readArticles?.(articlesToRead(corpus, start));
  step('read');
  const comparison = start && finishComparison(article, corpus, start);
  step('compare');
  return comparison;
}

function comparing(promotions: readonly Promotion[], options: AnalyzeOptions) {
  const promoted = promotions.map((promotion) => promotion.text);
  const isPromotion = (sentence: string) =>
    promoted.some((text) => text.includes(sentence) || sentence.includes(text));
  return { exclude: options.exclude ?? [], isPromotion };
}

/** The report from the page's genre, its promotions and its comparison (null: no article covers its story). */
export function reportOf(
  article: Article,
  genre: ArticleGenre,
  promotions: Promotion[],
  comparison: Comparison | null,
): Report {
  const { story, claims, missing } = comparison ?? NO_COMPARISON;
  return { article: { ...summarize(article), genre }, story, claims, missing, promotions };
}

export function summarize(article: Article): ArticleSummary {
  const { title, site, byline, lang, wordCount } = article;
  return { title, site, byline, lang, wordCount };
}
