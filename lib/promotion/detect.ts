import type { Article } from '../article.ts';
import type { Promotion } from '../report.ts';
import type { PageCard } from './cards/page-card.ts';
import { scoreCards } from './cards/score-cards.ts';
import { judgeArticle } from './judge.ts';
import { MODEL } from './model.ts';
import { choosePassages } from './passages.ts';
import { isDisclosedReviewPage } from './review-page.ts';

export type { PageCard } from './cards/page-card.ts';
export { findSponsoredCards } from './cards/find-sponsored-cards.ts';

/**
 * Finds advertising injected into the article: promotional paragraphs or single sentences (as they stand in the
 * page), their advertising labels, and sponsored boxes seen in the live page. Pure and fast: the engine also runs
 * it on corpus articles.
 */
export function detectPromotions(article: Article, options: { pageCards?: PageCard[] } = {}): Promotion[] {
  if (isDisclosedReviewPage(article)) return [];
  const inText = choosePassages(article, judgeArticle(article, MODEL), MODEL);
  const cards = scoreCards(article, options.pageCards ?? [], MODEL).filter(
    (card) => !overlapsAny(card.text, inText),
  );
  return [...inText, ...cards];
}

function overlapsAny(text: string, promotions: readonly Promotion[]): boolean {
  return promotions.some((promotion) => promotion.text.includes(text) || text.includes(promotion.text));
}
