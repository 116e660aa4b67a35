import { assembleIndex, appendIndex } from '../../lib/corpus/doc-index.ts';
import type { CorpusIndexJson } from '../../lib/corpus/corpus.ts';
import { Vocabulary } from '../../lib/corpus/vocabulary.ts';
import type { LibraryDb } from './library-db.ts';

/**
 * The index of the library's articles and the bundled ones, or null while the library is empty. Reads each
 * article's stored part and the vocabulary, and concatenates: no article is indexed again.
 */
export async function libraryIndex(db: LibraryDb, bundled: CorpusIndexJson): Promise<CorpusIndexJson | null> {
  const tx = db.transaction(['parts', 'vocabulary']);
  const [chunks, parts] = await Promise.all([
    tx.objectStore('vocabulary').getAll(),
    tx.objectStore('parts').getAll(),
  ]);
  if (parts.length === 0) return null;
  const terms = chunks.flat();
  return appendIndex(assembleIndex(terms, parts), bundled, new Vocabulary(terms));
}
