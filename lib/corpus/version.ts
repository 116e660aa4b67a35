/** Version of the serialised corpus index (CorpusIndexJson): bump it when the format changes. */
export const CORPUS_INDEX_VERSION = 4;
