import type { IndexSegment } from '../../lib/corpus/segment.ts';
import type { LibraryDb } from './library-db.ts';
import type { CoveredKeys, StoredLibraryStats } from './library-stats.ts';
import { openLibrary } from './open-library.ts';

/** What opening the library reads, in one transaction: the vocabulary, the segments and their statistics. */
export interface LibraryRecords {
  chunks: string[][];
  keys: number[];
  segments: IndexSegment[];
  stored: StoredLibraryStats | CoveredKeys | undefined;
}

/** The library opened and read. */
export interface OpenedLibrary {
  db: LibraryDb;
  records: LibraryRecords;
}

export async function readLibraryRecords(db: LibraryDb): Promise<LibraryRecords> {
  const started = performance.now();
  const tx = db.transaction(['segments', 'vocabulary', 'derived']);
  const [chunks, keys, segments, stored] = await Promise.all([
    tx.objectStore('vocabulary').getAll(),
    tx.objectStore('segments').getAllKeys(),
    tx.objectStore('segments').getAll(),
    tx.objectStore('derived').get('stats'),
  ]);
  // Timings for npm run bench:library (read from the popup's performance entries).
  performance.measure('crosscheck:library-read', { start: started });
  return { chunks, keys, segments, stored };
}

/**
 * Opens the library and reads it. A small chunk of its own: Chromium's popup calls it at its first line, so
 * the read (off the main thread until its values arrive) runs while the engine and the page agent load.
 */
export async function openAndReadLibrary(): Promise<OpenedLibrary> {
  const db = await openLibrary();
  performance.mark('crosscheck:library-opened');
  return { db, records: await readLibraryRecords(db) };
}
