import { CORPUS_INDEX_VERSION } from '../../lib/corpus/version.ts';
import { addArticles } from './library.ts';
import type { LibraryDb, StoredArticle } from './library-db.ts';

/**
 * Indexes again, from the stored articles, the segments an older engine indexed (an update that changed what
 * the index reads from a sentence). One segment per transaction: an interrupted refresh keeps what it did
 * and the next call goes on. Until then the analysis reads the old segments, which keep the same format.
 * Returns how many articles were indexed again.
 */
export async function refreshStaleIndex(db: LibraryDb): Promise<number> {
  let refreshed = 0;
  for (const key of await db.getAllKeys('segments')) {
    const segment = await db.get('segments', key);
    if (!segment || segment.version === CORPUS_INDEX_VERSION) continue;
    const stored = await Promise.all(segment.docs.map((doc) => db.get('articles', doc.id)));
    const articles = stored.filter((article): article is StoredArticle => article !== undefined);
    // Re-adding an article replaces its index entry (and keeps the date it was first added).
    if (articles.length > 0) await addArticles(db, articles);
    refreshed += articles.length;
  }
  return refreshed;
}
