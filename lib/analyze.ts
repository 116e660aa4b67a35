import type { Article } from './article.ts';
import { compareWithCorpus } from './analysis/compare.ts';
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
  const genre = detectGenre(article);
  const promotions = detectPromotions(article, {
    pageCards: options.pageCards ?? [],
    genre,
    references: referenceNamesOf(options.corpus),
  });
  const promoted = promotions.map((promotion) => promotion.text);
  const isPromotion = (sentence: string) =>
    promoted.some((text) => text.includes(sentence) || sentence.includes(text));
  const { story, claims, missing } = compareWithCorpus(article, options.corpus, {
    exclude: options.exclude ?? [],
    isPromotion,
  });
  return { article: { ...summarize(article), genre }, story, claims, missing, promotions };
}

export function summarize(article: Article): ArticleSummary {
  const { title, site, byline, lang, wordCount } = article;
  return { title, site, byline, lang, wordCount };
}
