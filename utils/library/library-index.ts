import type { IDBPTransaction } from 'idb';
import { docIndexPart, type DocIndexPart } from '../../lib/corpus/doc-index.ts';
import type { IndexedDocument } from '../../lib/corpus/index-document.ts';
import { Vocabulary } from '../../lib/corpus/vocabulary.ts';
import type { LibraryDb, LibrarySchema } from './library-db.ts';

type WriteTx = IDBPTransaction<
  LibrarySchema,
  ('articles' | 'listing' | 'parts' | 'vocabulary')[],
  'readwrite'
>;

/** The vocabulary as this page last read it, and how many stored chunks that was. */
const cached = new WeakMap<LibraryDb, { vocabulary: Vocabulary; chunks: number }>();

/**
 * THE place where the stored index grows: appends indexed articles to it inside the caller's transaction.
 * Each article's sentences get term ids of the shared vocabulary (new terms are appended as one chunk);
 * its part replaces any earlier part with its id. Nothing else of the index is read or written, so the
 * cost is that of the new articles, whatever the size of the library. Story grouping (issue 10), once its
 * incremental function is in lib/, belongs here too.
 */
export async function appendToIndex(db: LibraryDb, tx: WriteTx, indexed: IndexedDocument[]): Promise<void> {
  const store = tx.objectStore('vocabulary');
  const known = cached.get(db) ?? { vocabulary: new Vocabulary(), chunks: 0 };
  const chunkCount = await store.count();
  if (chunkCount < known.chunks) throw new Error('the library vocabulary shrank: it is append-only');
  // Another page (the popup, the options page) may have added terms since: read only their chunks. The
  // cached vocabulary is never changed in place (a concurrent call may hold it): this call works on a copy.
  const newer = chunkCount > known.chunks ? await store.getAll(IDBKeyRange.lowerBound(known.chunks)) : [];
  const vocabulary = new Vocabulary([...known.vocabulary.terms, ...newer.flat()]);
  const before = vocabulary.terms.length;
  const parts: DocIndexPart[] = indexed.map((doc) => docIndexPart(doc, vocabulary));
  let chunks = chunkCount;
  // The cache must only ever hold terms that are stored: drop it until this transaction commits.
  cached.delete(db);
  // Failures surface through tx.done (the caller awaits it); each request's own rejection is expected.
  if (vocabulary.terms.length > before) store.put(vocabulary.terms.slice(before), chunks++).catch(() => {});
  for (const part of parts)
    tx.objectStore('parts')
      .put(part)
      .catch(() => {});
  tx.done.then(
    () => cached.set(db, { vocabulary, chunks }),
    () => {},
  );
}

/** The vocabulary's terms, in id order. */
export async function readVocabulary(db: LibraryDb): Promise<string[]> {
  return (await db.getAll('vocabulary')).flat();
}
