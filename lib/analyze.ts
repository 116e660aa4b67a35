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
  const text = detectTextPromotions(article, options.corpus);
  const promotions = withPageCards(article, text, options);
  const start = nearestFor(article, promotions, options);
  return reportOf(article, text.genre, promotions, start && finishComparison(article, options.corpus, start));
}

/**
 * The same analysis, for a corpus that keeps its articles' sentences in storage (a reader's library): once
 * the page's nearest articles are known, their sentences are read (Corpus.readArticles), and only theirs.
 */
export async function analyzeReading(article: Article, options: AnalyzeOptions): Promise<Report> {
  return analyzeReadingFrom(article, detectTextPromotions(article, options.corpus), options);
}

/**
 * The comparison as the text's promotions leave it, before the page's sponsored boxes are known: the
 * Firefox background page runs it while the page scans its boxes. {@link analyzeReadingFrom} keeps it
 * when the boxes add no promotion, since the same sentences are then left out of the comparison.
 */
export interface ComparisonAhead {
  promoted: string[];
  comparison: Comparison | null;
}

export async function compareAhead(
  article: Article,
  text: TextPromotions,
  options: Pick<AnalyzeOptions, 'corpus' | 'exclude'>,
): Promise<ComparisonAhead> {
  return {
    promoted: textsOf(text.inText),
    comparison: await comparisonReading(article, text.inText, options),
  };
}

/** {@link analyzeReading} once its first step, {@link detectTextPromotions}, is done (and, when given, the
 * comparison ahead of the boxes). */
export async function analyzeReadingFrom(
  article: Article,
  text: TextPromotions,
  options: AnalyzeOptions & { ahead?: ComparisonAhead },
): Promise<Report> {
  const promotions = withPageCards(article, text, options);
  const { ahead } = options;
  const comparison =
    ahead && sameTexts(ahead.promoted, textsOf(promotions))
      ? ahead.comparison
      : await comparisonReading(article, promotions, options);
  return reportOf(article, text.genre, promotions, comparison);
}

function withPageCards(article: Article, text: TextPromotions, options: AnalyzeOptions): Promotion[] {
  const promotions = addPageCards(article, text.inText, {
    pageCards: options.pageCards ?? [],
    genre: text.genre,
  });
  options.onStep?.('page-cards');
  return promotions;
}

/** The page's nearest articles, its promoted sentences left out (a promotion is never a claim). */
function nearestFor(
  article: Article,
  promotions: Promotion[],
  options: Pick<AnalyzeOptions, 'corpus' | 'exclude' | 'onStep'>,
) {
  const promoted = textsOf(promotions);
  const isPromotion = (sentence: string) =>
    promoted.some((text) => text.includes(sentence) || sentence.includes(text));
  const start = nearestArticles(article, options.corpus, { exclude: options.exclude ?? [], isPromotion });
  options.onStep?.('nearest');
  return start;
}

/** The comparison, the nearest articles' sentences read from storage first. */
async function comparisonReading(
  article: Article,
  promotions: Promotion[],
  options: Pick<AnalyzeOptions, 'corpus' | 'exclude' | 'onStep'>,
): Promise<Comparison | null> {
  const { corpus } = options;
  const start = nearestFor(article, promotions, options);
  if (start) await corpus.readArticles?.(articlesToRead(corpus, start));
  options.onStep?.('read');
  const comparison = start && finishComparison(article, corpus, start);
  options.onStep?.('compare');
  return comparison;
}

function reportOf(
  article: Article,
  genre: ArticleGenre,
  promotions: Promotion[],
  comparison: Comparison | null,
): Report {
  const { story, claims, missing } = comparison ?? NO_COMPARISON;
  return { article: { ...summarize(article), genre }, story, claims, missing, promotions };
}

const textsOf = (promotions: readonly Promotion[]) => promotions.map((promotion) => promotion.text);

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((text, index) => text === b[index]);
}

export function summarize(article: Article): ArticleSummary {
  const { title, site, byline, lang, wordCount } = article;
  return { title, site, byline, lang, wordCount };
}
