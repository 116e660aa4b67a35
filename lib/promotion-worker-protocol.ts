/**
 * Messages between the Firefox background page and its promotion worker (entrypoints/promotion-worker.ts),
 * which finds the promotions in a page's text while the background page compares the page.
 */
import type { Article } from './article.ts';
import type { TextPromotions } from './text-promotions.ts';

export interface PromotionWorkerRequest {
  id: number;
  article: Article;
  /** The reference corpus's names (lib/reference-name-terms.ts): the worker has no corpus. */
  nameTerms: string[];
}

export type PromotionWorkerAnswer =
  { id: number; ok: true; text: TextPromotions } | { id: number; ok: false; message: string };
