import type { ArticleBodies, ArticleBody } from '../../lib/corpus/article-body.ts';
import type { LibraryDb } from './library-db.ts';

/**
 * The library's article bodies (their sentences' text and details), read by key when the comparison asks
 * for them: a few dozen records, where the whole library's would be tens of megabytes. Each is read once.
 */
export function libraryBodies(db: LibraryDb): ArticleBodies {
  const read = new Map<string, ArticleBody>();
  return {
    get: (id) => read.get(id),
    async read(ids) {
      const wanted = [...new Set(ids)].filter((id) => !read.has(id));
      if (wanted.length === 0) return;
      const started = performance.now();
      const store = db.transaction('bodies').store;
      const found = await Promise.all(wanted.map((id) => store.get(id)));
      wanted.forEach((id, i) => {
        const body = found[i];
        if (body) read.set(id, body);
      });
      // Timings for npm run bench:library (read from the popup's performance entries).
      performance.measure('crosscheck:library-bodies', { start: started });
    },
  };
}
