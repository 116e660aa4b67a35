import { CORPUS_INDEX_VERSION } from '../../lib/corpus/version.ts';
import { isInline, splitSegment } from '../../lib/corpus/segment.ts';
import { addArticles } from './library.ts';
import type { LibraryDb, StoredArticle } from './library-db.ts';

/**
 * Indexes again, from the stored articles, the segments an older engine indexed (an update that changed what
 * the index reads from a sentence), and moves the sentences' text and details of segments stored before
 * they were kept apart into their articles' bodies (the same index, stored the new way: nothing is indexed
 * again). One segment per transaction: an interrupted refresh keeps what it did and the next call goes on.
 * Until then the analysis reads the old segments as they are. Returns how many articles were indexed again.
 */
export async function refreshStaleIndex(db: LibraryDb): Promise<number> {
  let refreshed = 0;
  for (const key of await db.getAllKeys('segments')) {
    const segment = await db.get('segments', key);
    if (!segment) continue;
    if (segment.version !== CORPUS_INDEX_VERSION) {
      const stored = await Promise.all(segment.docs.map((doc) => db.get('articles', doc.id)));
      const articles = stored.filter((article): article is StoredArticle => article !== undefined);
      // Re-adding an article replaces its index entry (and keeps the date it was first added).
      if (articles.length > 0) await addArticles(db, articles);
      refreshed += articles.length;
    } else if (isInline(segment)) {
      await moveBodiesOut(db, key);
    }
  }
  return refreshed;
}

/** Stores an inline segment's bodies apart, in one transaction (the segment is read again inside it). */
async function moveBodiesOut(db: LibraryDb, key: number): Promise<void> {
  const tx = db.transaction(['segments', 'bodies'], 'readwrite');
  const segment = await tx.objectStore('segments').get(key);
  if (!segment || !isInline(segment)) return tx.done;
  const split = splitSegment(segment);
  await Promise.all([
    ...segment.docs.map((doc, i) => tx.objectStore('bodies').put(split.bodies[i]!, doc.id)),
    tx.objectStore('segments').put(split.segment, key),
    tx.done,
  ]);
}
