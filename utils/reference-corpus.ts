import { bundledCorpus, bundledIndexJson } from '../lib/corpus/bundled.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { libraryCorpus } from './library/library-corpus.ts';
import { openAndReadLibrary, type OpenedLibrary } from './library/read-library.ts';

/**
 * The corpus to compare with: the bundled articles, joined with the reader's library when it holds any.
 * The library's index is stored in segments, so this only reads them: nothing is indexed again.
 */
export function referenceCorpus(): Promise<Corpus> {
  return referenceCorpusOf(openAndReadLibrary());
}

/** The same, from the library as the popup started reading it at its first line. */
export async function referenceCorpusOf(opened: Promise<OpenedLibrary>): Promise<Corpus> {
  performance.mark('crosscheck:corpus-chunk');
  const { db, records } = await opened;
  return (await libraryCorpus(db, bundledIndexJson(), Promise.resolve(records))) ?? bundledCorpus();
}
