import type { IDBPTransaction } from 'idb';
import { docIndexPart } from '../../lib/corpus/doc-index.ts';
import type { IndexedDocument } from '../../lib/corpus/index-document.ts';
import { segmentOfParts, segmentWithout } from '../../lib/corpus/segment.ts';
import { Vocabulary } from '../../lib/corpus/vocabulary.ts';
import type { LibraryDb, LibrarySchema } from './library-db.ts';
import { forgetLibraryStats } from './library-stats.ts';

export type IndexTx = IDBPTransaction<
  LibrarySchema,
  ('articles' | 'listing' | 'segments' | 'docSegment' | 'vocabulary' | 'derived')[],
  'readwrite'
>;

/** The vocabulary as this page last read it, and how many stored chunks that was. */
const cached = new WeakMap<LibraryDb, { vocabulary: Vocabulary; chunks: number }>();

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
  const known = cached.get(db) ?? { vocabulary: new Vocabulary(), chunks: 0 };
  const chunkCount = await store.count();
  if (chunkCount < known.chunks) throw new Error('the library vocabulary shrank: it is append-only');
  // Another page (the popup, the options page) may have added terms since: read only their chunks. The
  // cached vocabulary is never changed in place (a concurrent call may hold it): this call works on a copy.
  const newer = chunkCount > known.chunks ? await store.getAll(IDBKeyRange.lowerBound(known.chunks)) : [];
  const vocabulary = new Vocabulary([...known.vocabulary.terms, ...newer.flat()]);
  const before = vocabulary.terms.length;
  const segment = segmentOfParts(indexed.map((doc) => docIndexPart(doc, vocabulary)));
  let chunks = chunkCount;
  // The cache must only ever hold terms that are stored: drop it until this transaction commits.
  cached.delete(db);
  if (vocabulary.terms.length > before) await store.put(vocabulary.terms.slice(before), chunks++);
  const key = await tx.objectStore('segments').add(segment);
  await Promise.all(indexed.map((doc) => tx.objectStore('docSegment').put(key, doc.meta.id)));
  tx.done.then(
    () => cached.set(db, { vocabulary, chunks }),
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
  await Promise.all(ids.map((id) => docSegment.delete(id)));
}
