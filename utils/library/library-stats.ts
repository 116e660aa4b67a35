import type { CorpusIndexJson } from '../../lib/corpus/corpus.ts';
import { segmentCounts, type SegmentCounts } from '../../lib/corpus/segment-stats.ts';
import { CORPUS_INDEX_VERSION } from '../../lib/corpus/version.ts';
import type { IndexSegment } from '../../lib/corpus/segment.ts';
import { libraryStoryJoin } from '../../lib/stories/corpus-stories.ts';
import type { LibraryDb } from './library-db.ts';
import { corpusOfSegments } from './library-corpus.ts';
import type { IndexTx } from './library-index.ts';

/**
 * What opening the library derives from its segments, stored so that the popup reads it instead of deriving
 * it (a 10,000-article library: millions of term ids counted, and the story join threshold from 600 article
 * vectors). A cache of the segments, never the only copy of anything: missing or stale, the popup derives
 * what it lacks as before.
 */
export interface StoredLibraryStats {
  /** The engine's index version that derived them. */
  version: number;
  /** Keys of the segments covered, in key order: the first segments of the store when these are valid. */
  keys: number[];
  counts: SegmentCounts;
  /** Of the corpus exactly these segments and the bundled index make (`docs` articles): its story join
   * threshold and its articles' norms. */
  exact: ExactStats;
}

export interface ExactStats {
  docs: number;
  storyJoin: number;
  docNorms: Float64Array;
}

/** What the small 'covered' record holds. */
export interface CoveredKeys {
  version: number;
  keys: number[];
}

const STATS = 'stats';
/** The covered keys again, alone: a small record, so that checking whether the statistics are up to date
 * never reads them. */
const COVERED = 'covered';

/** Inside a transaction that rewrites a segment: the stored statistics may cover it, so they go. */
export async function forgetLibraryStats(tx: IndexTx): Promise<void> {
  await Promise.all([tx.objectStore('derived').delete(STATS), tx.objectStore('derived').delete(COVERED)]);
}

/** Whether the stored statistics cover every segment (a small read-only look). */
async function upToDate(db: LibraryDb): Promise<boolean> {
  const tx = db.transaction(['segments', 'derived']);
  const [keys, covered] = await Promise.all([
    tx.objectStore('segments').getAllKeys(),
    tx.objectStore('derived').get(COVERED),
  ]);
  return (
    covered !== undefined &&
    !('counts' in covered) &&
    covered.version === CORPUS_INDEX_VERSION &&
    covered.keys.length === keys.length &&
    covered.keys.every((key, i) => keys[i] === key)
  );
}

/**
 * The stored statistics usable for these segments (read in key order, `keys` theirs): those of a prefix of
 * them, of this engine, over no more terms than the vocabulary has; else undefined.
 */
export function usableStats(
  stored: StoredLibraryStats | CoveredKeys | undefined,
  keys: number[],
  terms: number,
): StoredLibraryStats | undefined {
  if (
    !stored ||
    !('counts' in stored) ||
    stored.version !== CORPUS_INDEX_VERSION ||
    stored.counts.terms > terms
  )
    return undefined;
  if (stored.keys.length > keys.length || stored.keys.some((key, i) => keys[i] !== key)) return undefined;
  return stored;
}

/**
 * Derives the statistics of the whole library again and stores them, unless the stored ones already cover
 * every segment. One transaction: segments added or rewritten meanwhile wait, so what is stored always
 * matches the segments it names. Returns whether it stored anything. Run after imports and adds, in the
 * background: an interruption leaves the old statistics (or none), never wrong ones.
 */
export async function updateLibraryStats(db: LibraryDb, bundled: CorpusIndexJson): Promise<boolean> {
  // Most calls find nothing to do: they must not hold the segments (a popup reading them waits) to see it.
  if (await upToDate(db)) return false;
  const tx = db.transaction(['segments', 'vocabulary', 'derived'], 'readwrite');
  const [chunks, keys, segments, stored] = await Promise.all([
    tx.objectStore('vocabulary').getAll(),
    tx.objectStore('segments').getAllKeys(),
    tx.objectStore('segments').getAll(),
    tx.objectStore('derived').get(STATS),
  ]);
  const terms = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const current = usableStats(stored, keys, terms);
  if ((current && current.keys.length === keys.length) || !hasArticles(segments)) {
    await tx.done;
    return false;
  }
  // Still inside the transaction (no other wait between the reads and this write): derive, then store.
  const counts = segmentCounts(segments, terms);
  const corpus = corpusOfSegments(chunks, segments, bundled, { counts })!;
  const value: StoredLibraryStats = {
    version: CORPUS_INDEX_VERSION,
    keys,
    counts,
    exact: { docs: corpus.docs.length, storyJoin: libraryStoryJoin(corpus), docNorms: corpus.docNorms },
  };
  await Promise.all([
    tx.objectStore('derived').put(value, STATS),
    tx.objectStore('derived').put({ version: value.version, keys }, COVERED),
    tx.done,
  ]);
  return true;
}

export function hasArticles(segments: IndexSegment[]): boolean {
  return segments.some((segment) => segment.docs.length > 0);
}
