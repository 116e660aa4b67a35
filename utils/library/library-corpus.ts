import type { Corpus, CorpusIndexJson } from '../../lib/corpus/corpus.ts';
import { loadSegments } from '../../lib/corpus/load-index.ts';
import { remapIndex, segmentOfIndex } from '../../lib/corpus/segment.ts';
import { Vocabulary } from '../../lib/corpus/vocabulary.ts';
import type { LibraryDb } from './library-db.ts';

/**
 * The corpus of the library's articles and the bundled ones, or null while the library is empty. Reads
 * the stored segments and the vocabulary and loads them as they are: no article is indexed again. The
 * bundled index joins with its term ids mapped into the library's vocabulary (a few hundred terms).
 */
export async function libraryCorpus(db: LibraryDb, bundled: CorpusIndexJson): Promise<Corpus | null> {
  const started = performance.now();
  const tx = db.transaction(['segments', 'vocabulary']);
  const [chunks, segments] = await Promise.all([
    tx.objectStore('vocabulary').getAll(),
    tx.objectStore('segments').getAll(),
  ]);
  // Timings for npm run bench:library (read from the popup's performance entries).
  performance.measure('crosscheck:library-read', { start: started });
  if (!segments.some((segment) => segment.docs.length > 0)) return null;
  const loading = performance.now();
  const vocabulary = new Vocabulary(chunks.flat());
  const have = new Set(segments.flatMap((segment) => segment.docs.map((doc) => doc.id)));
  // The reader's copy of a bundled article (same id) wins.
  const shared = bundled.docs.some((doc) => have.has(doc.id));
  const all = shared
    ? segments
    : [...segments, segmentOfIndex(remapIndex(bundled, (term) => vocabulary.idOf(term)))];
  const corpus = loadSegments(vocabulary.terms, all);
  performance.measure('crosscheck:library-load', { start: loading });
  return corpus;
}
