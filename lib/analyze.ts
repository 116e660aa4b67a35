import type { Article } from './article.ts';
import {
  NO_COMPARISON,
  articlesToRead,
  finishComparison,
  nearestArticles,
  type Comparison,
} from './analysis/compare.ts';
import type { Corpus } from './corpus/corpus.ts';
import {
  addPageCards,
  detectGenre,
  detectPromotionsInText,
  referenceNamesOf,
  type PageCard,
} from './promotion/detect.ts';
import type { ArticleGenre, ArticleSummary, Promotion, Report } from './report.ts';

export interface AnalyzeOptions {
  corpus: Corpus;
  /** Corpus article ids to leave out of the comparison. */
  exclude?: string[];
  /** Sponsored boxes seen in the live page, which Readability may have dropped. */
  pageCards?: PageCard[];
  /** Told as each step of the analysis ends (the Firefox background page times them for bench:pages). */
  onStep?: (step: AnalysisStep) => void;
}

/** The steps of {@link analyzeReadingFrom}, in order. */
export type AnalysisStep = 'page-cards' | 'nearest' | 'read' | 'compare';

/**
 * The analysis's first step, which needs neither the page's sponsored boxes nor the comparison: the
 * page's genre and the promotions in its text. The Firefox page agent sends the article before it scans
 * the page's boxes, so that the background page runs this meanwhile.
 */
export interface TextPromotions {
  genre: ArticleGenre;
  inText: Promotion[];
}

export function detectTextPromotions(article: Article, corpus: Corpus): TextPromotions {
  const genre = detectGenre(article);
  return { genre, inText: detectPromotionsInText(article, { genre, references: referenceNamesOf(corpus) }) };
}

/** The whole analysis: promotions first, so that no promotion is ever treated as a claim. */
export function analyze(article: Article, options: AnalyzeOptions): Report {
  const { start, report } = startAnalysis(article, detectTextPromotions(article, options.corpus), options);
  return report(start && finishComparison(article, options.corpus, start));
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
  const { start, report } = startAnalysis(article, text, options);
  if (start) await options.corpus.readArticles?.(articlesToRead(options.corpus, start));
  options.onStep?.('read');
  const comparison = start && finishComparison(article, options.corpus, start);
  options.onStep?.('compare');
  return report(comparison);
}

/** Promotions, then the page's nearest articles; `report` completes the report with the comparison. */
function startAnalysis(article: Article, text: TextPromotions, options: AnalyzeOptions) {
  const { genre } = text;
  const promotions = addPageCards(article, text.inText, { pageCards: options.pageCards ?? [], genre });
  options.onStep?.('page-cards');
  const promoted = promotions.map((promotion) => promotion.text);
  const isPromotion = (sentence: string) =>
    promoted.some((text) => text.includes(sentence) || sentence.includes(text));
  const start = nearestArticles(article, options.corpus, { exclude: options.exclude ?? [], isPromotion });
  options.onStep?.('nearest');
  const report = (comparison: Comparison | null): Report => {
    const { story, claims, missing } = comparison ?? NO_COMPARISON;
    return { article: { ...summarize(article), genre }, story, claims, missing, promotions };
  };
  return { start, report };
}

export function summarize(article: Article): ArticleSummary {
  const { title, site, byline, lang, wordCount } = article;
  return { title, site, byline, lang, wordCount };
}
