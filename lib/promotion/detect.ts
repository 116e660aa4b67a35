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
  const inText = detectPromotionsInText(article, { genre, references: options.references });
  return addPageCards(article, inText, { pageCards: options.pageCards ?? [], genre });
}

/** The promotions in the article's own text: detectPromotions before the page's sponsored boxes are known. */
export function detectPromotionsInText(
  article: Article,
  options: { genre: ArticleGenre; references?: ReferenceNames | undefined },
): Promotion[] {
  if (options.genre !== 'news') return [];
  return withReasons(choosePassages(article, judgeCandidates(article, MODEL, options.references), MODEL));
}

/** detectPromotions' last step: the page's sponsored boxes that the text's promotions do not already hold. */
export function addPageCards(
  article: Article,
  inText: Promotion[],
  options: { pageCards: PageCard[]; genre: ArticleGenre },
): Promotion[] {
  // On a product page prices, shop links and recommendations are the genre: only a box labelled as paid
  // ("Sponsored", "Advertisement") is an advert there.
  const boxes = options.pageCards.filter(
    (card) => options.genre === 'news' || card.signals.includes('label-heading'),
  );
  const cards = scoreCards(article, boxes, MODEL).filter((card) => !overlapsAny(card.text, inText));
  return [...inText, ...withReasons(cards)];
}

function withReasons(promotions: Promotion[]): Promotion[] {
  return promotions.map((promotion) => ({ ...promotion, reasons: reasonsOf(promotion.signals) }));
}

function overlapsAny(text: string, promotions: readonly Promotion[]): boolean {
  return promotions.some((promotion) => promotion.text.includes(text) || text.includes(promotion.text));
}
