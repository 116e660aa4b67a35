import { bundledCorpus, bundledIndexJson } from '../lib/corpus/bundled.ts';
import { loadCorpus, type Corpus } from '../lib/corpus/corpus.ts';
import { libraryIndex } from './library/library-corpus.ts';
import { openLibrary } from './library/open-library.ts';

/**
 * The corpus to compare with: the bundled articles, joined with the reader's library when it holds any.
 * The library's index is stored article by article, so this only reads and concatenates.
 */
export async function referenceCorpus(): Promise<Corpus> {
  const index = await libraryIndex(await openLibrary(), bundledIndexJson());
  return index ? loadCorpus(index) : bundledCorpus();
}
