import type { LibraryDb } from './library-db.ts';

/**
 * What a page knows of the library's stored vocabulary (append-only, in chunks): each stored term's id, and
 * how many terms and chunks that was. Never changed once made (an add in progress works on its own copy):
 * a page that opened the library looks terms up in the loaded corpus's map, so "Add to my references"
 * reads and copies no vocabulary of ten thousand articles.
 */
export interface KnownVocabulary {
  /** Terms stored: ids 0 … size - 1. */
  size: number;
  chunks: number;
  find(term: string): number | undefined;
}

/** Terms looked up past the root map before both are merged into one map (a long import). */
const OVERLAY_LIMIT = 20_000;

interface Layers extends KnownVocabulary {
  /** Stored ids of terms: entries at or above `rootSize` are not the library's (bundled terms). */
  root: ReadonlyMap<string, number>;
  rootSize: number;
  overlay: ReadonlyMap<string, number>;
}

function layers(
  root: ReadonlyMap<string, number>,
  rootSize: number,
  overlay: ReadonlyMap<string, number>,
  chunks: number,
): Layers {
  return {
    root,
    rootSize,
    overlay,
    size: rootSize + overlay.size,
    chunks,
    find(term) {
      const id = root.get(term);
      return id !== undefined && id < rootSize ? id : overlay.get(term);
    },
  };
}

export const EMPTY_VOCABULARY: KnownVocabulary = layers(new Map(), 0, new Map(), 0);

/** The stored vocabulary seen through a map that may hold more terms, past `size` (a loaded corpus's). */
export function storedVocabulary(
  termIds: ReadonlyMap<string, number>,
  size: number,
  chunks: number,
): KnownVocabulary {
  return layers(termIds, size, new Map(), chunks);
}

/** The vocabulary with terms appended (ids from its size on), now stored in `chunks` chunks. */
export function extendedVocabulary(base: KnownVocabulary, terms: string[], chunks: number): KnownVocabulary {
  const { root, rootSize, overlay } = base as Layers;
  const added = terms.map((term, i) => [term, base.size + i] as const);
  if (overlay.size + added.length <= OVERLAY_LIMIT)
    return layers(root, rootSize, new Map([...overlay, ...added]), chunks);
  const merged = new Map<string, number>();
  for (const [term, id] of root) if (id < rootSize) merged.set(term, id);
  for (const [term, id] of overlay) merged.set(term, id);
  for (const [term, id] of added) merged.set(term, id);
  return layers(merged, base.size + added.length, new Map(), chunks);
}

const known = new WeakMap<LibraryDb, KnownVocabulary>();

export function knownVocabulary(db: LibraryDb): KnownVocabulary | undefined {
  return known.get(db);
}

/** Remembers what this page knows of the stored vocabulary (only terms that are stored). */
export function knowVocabulary(db: LibraryDb, vocabulary: KnownVocabulary): void {
  const current = known.get(db);
  if (!current || current.chunks <= vocabulary.chunks) known.set(db, vocabulary);
}

export function forgetVocabulary(db: LibraryDb): void {
  known.delete(db);
}
