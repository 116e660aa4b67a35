import type { Article } from './article.ts';
import {
  NO_COMPARISON,
  articlesToRead,
  finishComparison,
  nearestArticles,
  type Comparison,
} from './analysis/compare.ts';
import type { Corpus } from './corpus/corpus.ts';
import { detectGenre, detectPromotions, referenceNamesOf, type PageCard } from './promotion/detect.ts';
import type { ArticleSummary, Report } from './report.ts';

export interface AnalyzeOptions {
  corpus: Corpus;
  /** Corpus article ids to leave out of the comparison. */
  exclude?: string[];
  /** Sponsored boxes seen in the live page, which Readability may have dropped. */
  pageCards?: PageCard[];
}

/** The whole analysis: promotions first, so that no promotion is ever treated as a claim. */
export function analyze(article: Article, options: AnalyzeOptions): Report {
  const { start, report } = startAnalysis(article, options);
  return report(start && finishComparison(article, options.corpus, start));
}

/**
 * The same analysis, for a corpus that keeps its articles' sentences in storage (a reader's library): once
 * the page's nearest articles are known, their sentences are read (Corpus.readArticles), and only theirs.
 */
export async function analyzeReading(article: Article, options: AnalyzeOptions): Promise<Report> {
  const { start, report } = startAnalysis(article, options);
  if (start) await options.corpus.readArticles?.(articlesToRead(options.corpus, start));
  return report(start && finishComparison(article, options.corpus, start));
}

/** Promotions, then the page's nearest articles; `report` completes the report with the comparison. */
function startAnalysis(article: Article, options: AnalyzeOptions) {
  const genre = detectGenre(article);
  const promotions = detectPromotions(article, {
    pageCards: options.pageCards ?? [],
    genre,
    references: referenceNamesOf(options.corpus),
  });
  const promoted = promotions.map((promotion) => promotion.text);
  const isPromotion = (sentence: string) =>
    promoted.some((text) => text.includes(sentence) || sentence.includes(text));
  const start = nearestArticles(article, options.corpus, { exclude: options.exclude ?? [], isPromotion });
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
