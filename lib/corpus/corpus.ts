/** A reference article as it enters the corpus. */
export interface CorpusDocument {
  id: string;
  title: string;
  site: string | null;
  /** ISO date (YYYY-MM-DD) when the text names one. */
  date: string | null;
  url: string | null;
  /** Plain text: first line the title, then one paragraph per line. */
  text: string;
}

export interface CorpusSentence {
  docId: string;
  text: string;
}

/** The serialised index (STUB: the engine issue defines the real, versioned format). */
export interface CorpusIndexJson {
  format: 'crosscheck-corpus';
  version: number;
  docs: { id: string; title: string; site: string | null; date: string | null }[];
  sentences: CorpusSentence[];
}

export interface Corpus {
  docs: CorpusIndexJson['docs'];
  sentences: CorpusSentence[];
}

export function loadCorpus(json: CorpusIndexJson): Corpus {
  return { docs: json.docs, sentences: json.sentences };
}

export function buildCorpusIndex(docs: CorpusDocument[]): CorpusIndexJson {
  return {
    format: 'crosscheck-corpus',
    version: 0,
    docs: docs.map(({ id, title, site, date }) => ({ id, title, site, date })),
    sentences: [],
  };
}
