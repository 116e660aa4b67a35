/** Version of the serialised corpus index (CorpusIndexJson): bump it when the format changes, or what it stores
 * (5: details read by the extractors of issue 14 second pass: label nouns, two ages, minutes after, places off). */
export const CORPUS_INDEX_VERSION = 6;
