import type { Article } from '../../lib/article.ts';

export type SavedStatus = { saved: false } | { saved: true; title: string; added: string };

/** "Add to my references" for the article the popup analysed. */
export interface ReferencesClient {
  status(): Promise<SavedStatus>;
  save(): Promise<void>;
  /** Undo: takes the article out of the library again. */
  remove(): Promise<void>;
}

// The library and the indexing code load when the popup first asks (after the result is shown), so they
// never delay the popup's first paint.
const library = () =>
  Promise.all([
    import('./library.ts'),
    import('./open-library.ts'),
    import('../../lib/pack/convert.ts'),
    import('./keep-stats.ts'),
  ]).then(async ([store, open, convert, stats]) => ({
    ...store,
    keepLibraryStats: stats.keepLibraryStats,
    db: await open.openLibrary(),
    packArticleOf: convert.packArticleOf,
  }));

/** The client over the library, for whichever article `current` returns (the last one extracted). */
export function createReferencesClient(current: () => Article | null): ReferencesClient {
  const extracted = () => {
    const article = current();
    if (!article) throw new Error('no article has been read from this page yet');
    return article;
  };
  return {
    async status() {
      const article = current();
      if (!article) return { saved: false };
      const { db, savedEntry, packArticleOf } = await library();
      const entry = await savedEntry(db, packArticleOf(article).id);
      return entry ? { saved: true, title: entry.title, added: entry.added } : { saved: false };
    },
    async save() {
      const started = performance.now();
      const { db, addArticles, packArticleOf, keepLibraryStats } = await library();
      await addArticles(db, [packArticleOf(extracted())]);
      keepLibraryStats(db);
      // Timings for npm run bench:library (read from the popup's performance entries).
      performance.measure('crosscheck:add-saved', { start: started });
    },
    async remove() {
      const { db, removeArticle, packArticleOf, keepLibraryStats } = await library();
      await removeArticle(db, packArticleOf(extracted()).id);
      keepLibraryStats(db);
    },
  };
}
