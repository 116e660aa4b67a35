import index from '../../data/corpus-index.json';
import { loadCorpus, type Corpus, type CorpusIndexJson } from './corpus.ts';

let cached: Corpus | undefined;

/** The reference corpus bundled with the extension, indexed at build time. */
export function bundledCorpus(): Corpus {
  cached ??= loadCorpus(index as unknown as CorpusIndexJson);
  return cached;
}

/** The bundled corpus's serialised index, for joining it with the reader's library. */
export function bundledIndexJson(): CorpusIndexJson {
  return index as unknown as CorpusIndexJson;
}
