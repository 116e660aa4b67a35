import { storage } from '@wxt-dev/storage';
import type { CorpusIndexJson } from '../lib/corpus/corpus.ts';
import { MARK_CATEGORIES, MARKED_BY_DEFAULT, type MarkCategory } from '../lib/page/marks.ts';

/** Every setting, declared once: key, type and default. */

// The page agent reads this one alone: its own file keeps the other items (and their storage reads at
// definition) out of the script injected into pages.
export { legendCollapsed } from './legend-setting.ts';

export type Palette = 'standard' | 'high-contrast';

/** Categories marked in the page; "not found" only when the reader asks (see MARKED_BY_DEFAULT). */
export const markedCategories = storage.defineItem<MarkCategory[]>('sync:markedCategories', {
  fallback: [...MARKED_BY_DEFAULT],
  version: 1,
});

export const palette = storage.defineItem<Palette>('sync:palette', { fallback: 'standard', version: 1 });

/** Origins (e.g. "https://news.example.com") whose articles are analysed as they load; each needs the reader's grant. */
export const autoAnalysisOrigins = storage.defineItem<string[]>('sync:autoAnalysisOrigins', {
  fallback: [],
  version: 1,
});

/**
 * Reference articles the reader added, as releases before the library (IndexedDB) stored them: read once
 * and moved into the library (utils/library/open-library.ts).
 */
export interface UserArticle {
  id: string;
  title: string;
  site: string | null;
  /** Publication date (YYYY-MM-DD) when the reader gives one: it tells same-event coverage apart. */
  date?: string | null;
  text: string;
  addedAt: string;
}

export const userArticles = storage.defineItem<UserArticle[]>('local:userArticles', {
  fallback: [],
  version: 1,
});

/** The index older releases rebuilt on every change; emptied when the articles move into the library. */
export const combinedCorpusIndex = storage.defineItem<{ key: string; index: CorpusIndexJson } | null>(
  'local:combinedCorpusIndex',
  { fallback: null, version: 1 },
);

/** "Remember the articles I check": every news article analysed joins the library. Off unless chosen. */
export const rememberChecked = storage.defineItem<boolean>('sync:rememberChecked', {
  fallback: false,
  version: 1,
});

/** Drops values a broken or older store may hold, keeping what is valid. */
export function validCategories(value: unknown): MarkCategory[] {
  if (!Array.isArray(value)) return [...MARKED_BY_DEFAULT];
  return MARK_CATEGORIES.filter((category) => value.includes(category));
}
