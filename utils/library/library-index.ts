import type { IDBPTransaction } from 'idb';
import { docIndexPart } from '../../lib/corpus/doc-index.ts';
import type { IndexedDocument } from '../../lib/corpus/index-document.ts';
import { segmentOfParts, segmentWithout } from '../../lib/corpus/segment.ts';
import type { LibraryDb, LibrarySchema } from './library-db.ts';
import { forgetLibraryStats } from './library-stats.ts';
import {
  EMPTY_VOCABULARY,
  extendedVocabulary,
  forgetVocabulary,
  knowVocabulary,
  knownVocabulary,
} from './vocabulary-cache.ts';

export type IndexTx = IDBPTransaction<
  LibrarySchema,
  ('articles' | 'listing' | 'segments' | 'bodies' | 'docSegment' | 'vocabulary' | 'derived')[],
  'readwrite'
>;

/**
 * THE place where the stored index grows: appends indexed articles to it inside the caller's transaction.
 * Their sentences get term ids of the shared vocabulary (new terms are appended as one chunk) and become
 * one new segment; an article indexed before under the same id is first taken out of its old segment.
 * Nothing else of the index is read or written, so the cost is that of the new articles, whatever the
 * size of the library. Stories need no update here: a library's page story is grouped from the page's
 * nearest articles when it is analysed (nearbyStories in lib/stories/corpus-stories.ts).
 */
export async function appendToIndex(db: LibraryDb, tx: IndexTx, indexed: IndexedDocument[]): Promise<void> {
  await dropFromIndex(
    tx,
    indexed.map((doc) => doc.meta.id),
  );
  const store = tx.objectStore('vocabulary');
  const known = knownVocabulary(db) ?? EMPTY_VOCABULARY;
  const chunkCount = await store.count();
  if (chunkCount < known.chunks) throw new Error('the library vocabulary shrank: it is append-only');
  // Another page (the popup, the options page) may have added terms since: read only their chunks. What
  // this page knows is never changed in place (a concurrent call may hold it): this call extends a copy.
  const newer = chunkCount > known.chunks ? await store.getAll(IDBKeyRange.lowerBound(known.chunks)) : [];
  const stored = newer.length > 0 ? extendedVocabulary(known, newer.flat(), chunkCount) : known;
  const added: string[] = [];
  const addedIds = new Map<string, number>();
  const idOf = (term: string): number => {
    let id = stored.find(term) ?? addedIds.get(term);
    if (id === undefined) {
      id = stored.size + added.length;
      added.push(term);
      addedIds.set(term, id);
    }
    return id;
  };
  const { segment, bodies } = segmentOfParts(indexed.map((doc) => docIndexPart(doc, { idOf })));
  let chunks = chunkCount;
  // What the page knows must only ever be stored terms: forget it until this transaction commits.
  forgetVocabulary(db);
  if (added.length > 0) await store.put(added, chunks++);
  const key = await tx.objectStore('segments').add(segment);
  await Promise.all(
    indexed.flatMap((doc, i) => [
      tx.objectStore('docSegment').put(key, doc.meta.id),
      tx.objectStore('bodies').put(bodies[i]!, doc.meta.id),
    ]),
  );
  tx.done.then(
    () => knowVocabulary(db, added.length > 0 ? extendedVocabulary(stored, added, chunks) : stored),
    () => {},
  );
}

/** Takes articles out of the index: only the segments that hold them are rewritten. */
export async function dropFromIndex(tx: IndexTx, ids: string[]): Promise<void> {
  const docSegment = tx.objectStore('docSegment');
  const keys = await Promise.all(ids.map((id) => docSegment.get(id)));
  const bySegment = new Map<number, Set<string>>();
  ids.forEach((id, i) => {
    const key = keys[i];
    if (key !== undefined) bySegment.set(key, (bySegment.get(key) ?? new Set()).add(id));
  });
  const segments = tx.objectStore('segments');
  // The stored statistics may cover a segment rewritten here: they go, and are derived again later.
  if (bySegment.size > 0) await forgetLibraryStats(tx);
  for (const [key, dropped] of bySegment) {
    const segment = await segments.get(key);
    const rest = segment ? segmentWithout(segment, dropped) : null;
    await (rest ? segments.put(rest, key) : segments.delete(key));
  }
  await Promise.all(ids.flatMap((id) => [docSegment.delete(id), tx.objectStore('bodies').delete(id)]));
}
