import { bundledCorpus, bundledIndexJson } from '../lib/corpus/bundled.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { libraryCorpus } from './library/library-corpus.ts';
import { openLibrary } from './library/open-library.ts';

/**
 * The corpus to compare with: the bundled articles, joined with the reader's library when it holds any.
 * The library's index is stored in segments, so this only reads them: nothing is indexed again.
 */
export async function referenceCorpus(): Promise<Corpus> {
  performance.mark('crosscheck:corpus-chunk');
  const library = await openLibrary();
  performance.mark('crosscheck:library-opened');
  return (await libraryCorpus(library, bundledIndexJson())) ?? bundledCorpus();
}
