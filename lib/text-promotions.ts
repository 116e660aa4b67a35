import type { Article } from './article.ts';
import { detectGenre, detectPromotionsInText } from './promotion/detect.ts';
import type { ReferenceNames } from './promotion/reference-names.ts';
import type { ArticleGenre, Promotion } from './report.ts';

/**
 * The analysis's first step, which needs neither the page's sponsored boxes nor the comparison: the
 * page's genre and the promotions in its text. The Firefox background page runs it in a worker beside
 * the comparison (lib/analyze.ts has the whole analysis).
 */
export interface TextPromotions {
  genre: ArticleGenre;
  inText: Promotion[];
}

export function detectTextPromotionsWith(article: Article, references: ReferenceNames): TextPromotions {
  const genre = detectGenre(article);
  return { genre, inText: detectPromotionsInText(article, { genre, references }) };
}
