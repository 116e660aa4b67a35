import type { Corpus, CorpusIndexJson } from '../../lib/corpus/corpus.ts';
import { loadSegments } from '../../lib/corpus/load-index.ts';
import type { SegmentCounts } from '../../lib/corpus/segment-stats.ts';
import { remapIndex, segmentOfIndex, type IndexSegment } from '../../lib/corpus/segment.ts';
import { Vocabulary } from '../../lib/corpus/vocabulary.ts';
import type { ArticleBodies } from '../../lib/corpus/article-body.ts';
import type { LibraryDb } from './library-db.ts';
import { readLibraryRecords, type LibraryRecords } from './read-library.ts';
import { libraryBodies } from './library-bodies.ts';
import { knowVocabulary, storedVocabulary } from './vocabulary-cache.ts';
import { hasArticles, usableStats, type ExactStats } from './library-stats.ts';

/**
 * The corpus of the library's articles and the bundled ones, or null while the library is empty. Reads
 * the stored segments (term columns), the vocabulary and the statistics derived from them (library-stats.ts)
 * in one transaction and loads them as they are: no article is indexed again, and what the stored statistics
 * cover is not counted again. The articles' sentences (text, details) stay stored until the comparison asks
 * for those of the articles near the page (Corpus.readArticles). The bundled index joins with its term ids
 * mapped into the library's vocabulary (a few hundred terms).
 */
export async function libraryCorpus(
  db: LibraryDb,
  bundled: CorpusIndexJson,
  read: Promise<LibraryRecords> = readLibraryRecords(db),
): Promise<Corpus | null> {
  const { chunks, keys, segments, stored } = await read;
  const loading = performance.now();
  const terms = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const usable = usableStats(stored, keys, terms);
  const corpus = corpusOfSegments(chunks, segments, bundled, {
    ...(usable && { counts: usable.counts }),
    ...(usable?.keys.length === keys.length && { exact: usable.exact }),
    bodies: libraryBodies(db),
  });
  // "Add to my references" in this page then looks terms up in this corpus's map, not in the whole
  // vocabulary read again (library-index.ts).
  if (corpus) knowVocabulary(db, storedVocabulary(corpus.termIds, terms, chunks.length));
  performance.measure('crosscheck:library-load', { start: loading });
  // Which stored statistics the load used, for npm run bench:library.
  performance.mark(
    `crosscheck:library-stats-${!usable ? 'none' : usable.keys.length === keys.length ? 'all' : 'some'}`,
  );
  return corpus;
}

/**
 * The library's segments joined with the bundled index, as one corpus (null without articles). Stored
 * figures of a whole corpus (`exact`) are used only for exactly the corpus they were derived from.
 */
export function corpusOfSegments(
  chunks: string[][],
  segments: IndexSegment[],
  bundled: CorpusIndexJson,
  known: { counts?: SegmentCounts; exact?: ExactStats; bodies?: ArticleBodies },
): Corpus | null {
  if (!hasArticles(segments)) return null;
  const vocabulary = new Vocabulary(chunks.flat());
  const have = new Set(segments.flatMap((segment) => segment.docs.map((doc) => doc.id)));
  // The reader's copy of a bundled article (same id) wins.
  const shared = bundled.docs.some((doc) => have.has(doc.id));
  const all = shared
    ? segments
    : [...segments, segmentOfIndex(remapIndex(bundled, (term) => vocabulary.idOf(term)))];
  const docs = all.reduce((sum, segment) => sum + segment.docs.length, 0);
  const exact = known.exact?.docs === docs ? known.exact : undefined;
  return loadSegments(vocabulary.terms, all, undefined, {
    termIds: vocabulary.termIds,
    ...(known.bodies && { bodies: known.bodies }),
    ...(known.counts && { counts: known.counts }),
    ...(exact && { storyJoin: exact.storyJoin, docNorms: exact.docNorms }),
  });
}
