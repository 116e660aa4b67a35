import { bundledIndexJson } from '../../lib/corpus/bundled.ts';
import type { LibraryDb } from './library-db.ts';
import { updateLibraryStats } from './library-stats.ts';

const pending = new WeakMap<LibraryDb, ReturnType<typeof setTimeout>>();

/**
 * After the library changed: derives its statistics again once it has been quiet for `delayMs` (a run of
 * deletions or adds derives them once). In the background: a page closed meanwhile only leaves them for the
 * next change, the options page, or a popup to find missing, never wrong.
 */
export function keepLibraryStats(db: LibraryDb, delayMs = 1000): void {
  clearTimeout(pending.get(db));
  pending.set(
    db,
    setTimeout(() => {
      pending.delete(db);
      updateLibraryStats(db, bundledIndexJson()).catch(() => {});
    }, delayMs),
  );
}

/** Derives the library's statistics now, when they do not cover every segment (failures are left silent). */
export function deriveLibraryStats(db: LibraryDb): Promise<boolean> {
  return updateLibraryStats(db, bundledIndexJson()).catch(() => false);
}
