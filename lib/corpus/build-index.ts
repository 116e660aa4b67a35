import type { CorpusDocJson, CorpusDocument, CorpusIndexJson, CorpusSentenceJson } from './corpus.ts';
import { indexDocument, serialiseSentence } from './index-document.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import { loadCorpus } from './load-index.ts';
import { Vocabulary } from './vocabulary.ts';
import { buildStoriesJson } from '../stories/corpus-stories.ts';

/** Builds the serialisable index from raw articles: cleaning, sentence splitting, terms, figures, names,
 * details, and the articles grouped into stories with their facts. */
export function buildCorpusIndex(documents: CorpusDocument[]): CorpusIndexJson {
  const vocabulary = new Vocabulary();
  const idOf = (term: string) => vocabulary.idOf(term);
  const docs: CorpusDocJson[] = [];
  const sentences: CorpusSentenceJson[] = [];
  const nameTerms = new Set<string>();
  for (const doc of documents) {
    const indexed = indexDocument(doc);
    const first = sentences.length;
    for (const sentence of indexed.sentences) sentences.push(serialiseSentence(sentence, idOf));
    for (const name of indexed.names) nameTerms.add(name);
    docs.push({ ...indexed.meta, first, count: sentences.length - first });
  }
  const names = [...nameTerms].flatMap((term) => {
    const id = vocabulary.find(term);
    return id === undefined ? [] : [id];
  });
  const index: CorpusIndexJson = {
    format: 'crosscheck-corpus',
    version: CORPUS_INDEX_VERSION,
    docs,
    terms: vocabulary.terms,
    names,
    sentences,
    storyJoin: 0,
    stories: [],
  };
  // Stories need the loaded index (document frequencies, term weights).
  const { storyJoin, stories } = buildStoriesJson(loadCorpus(index));
  return { ...index, storyJoin, stories };
}
