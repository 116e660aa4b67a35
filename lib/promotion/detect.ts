import type { Article } from '../article.ts';
import type { ArticleGenre, Promotion } from '../report.ts';
import type { PageCard } from './cards/page-card.ts';
import { scoreCards } from './cards/score-cards.ts';
import { judgeCandidates } from './judge.ts';
import { MODEL } from './model.ts';
import { choosePassages } from './passages.ts';
import { detectGenre } from './genre.ts';
import { reasonsOf } from './reasons.ts';
import type { ReferenceNames } from './reference-names.ts';

export type { PageCard } from './cards/page-card.ts';
export { findSponsoredCards } from './cards/find-sponsored-cards.ts';
export { detectGenre } from './genre.ts';
export { referenceNamesOf, type ReferenceNames } from './reference-names.ts';

/**
 * Finds advertising injected into the article: promotional paragraphs or single sentences (as they stand in the
 * page), their advertising labels, and sponsored boxes seen in the live page, each with its reasons in plain
 * words. A page whose genre is a product page (a review, a buying guide, a deals page: `genre`, computed when not
 * given) has no injected passages, only its boxes labelled as paid. Pure and fast: the engine also runs it on corpus
 * articles.
 */
export function detectPromotions(
  article: Article,
  options: {
    pageCards?: PageCard[];
    genre?: ArticleGenre;
    /** The reference corpus's names: a brand the references name is an actor of the news, not a plug. */
    references?: ReferenceNames;
  } = {},
): Promotion[] {
  const genre = options.genre ?? detectGenre(article);
  const inText =
    genre === 'news'
      ? choosePassages(article, judgeCandidates(article, MODEL, options.references), MODEL)
      : [];
  // On a product page prices, shop links and recommendations are the genre: only a box labelled as paid
  // ("Sponsored", "Advertisement") is an advert there.
  const boxes = (options.pageCards ?? []).filter(
    (card) => genre === 'news' || card.signals.includes('label-heading'),
  );
  const cards = scoreCards(article, boxes, MODEL).filter((card) => !overlapsAny(card.text, inText));
  return [...inText, ...cards].map((promotion) => ({ ...promotion, reasons: reasonsOf(promotion.signals) }));
}

function overlapsAny(text: string, promotions: readonly Promotion[]): boolean {
  return promotions.some((promotion) => promotion.text.includes(text) || text.includes(promotion.text));
}
