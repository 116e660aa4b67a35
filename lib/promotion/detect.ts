import type { Article } from '../article.ts';
import type { Promotion } from '../report.ts';

/** A sponsored box seen in the live page (Readability often drops these from its output). */
export interface PageCard {
  text: string;
  signals: string[];
}

// STUB (promotions issue replaces it): finds nothing.
export function detectPromotions(_article: Article, _options: { pageCards?: PageCard[] } = {}): Promotion[] {
  return [];
}

// STUB (promotions issue replaces it): finds nothing.
export function findSponsoredCards(_doc: Document): PageCard[] {
  return [];
}
