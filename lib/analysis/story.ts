import { docIdf, tfWeight, type Corpus } from '../corpus/corpus.ts';

export interface DocumentScore {
  doc: number;
  /** Cosine similarity of the page's and the document's tf-idf vectors. */
  score: number;
}

// Only the page's most informative terms are looked up: enough to rank documents, and the cost of a query
// stays bounded however large the corpus is.
const QUERY_TERMS = 80;
/** Postings read per query before the remaining (commoner) terms are skipped… */
const POSTINGS_BUDGET = 8_000;
/** …but never fewer terms than this. */
const MIN_QUERY_TERMS = 8;

/**
 * Ranks corpus documents by similarity to the page (tf-idf cosine over the inverted document index): only
 * documents sharing a query term are ever touched.
 */
export function rankDocuments(
  pageSeqs: number[][],
  corpus: Corpus,
  excluded: Set<number>,
  limit: number,
): DocumentScore[] {
  const docCount = corpus.docs.length;
  const tf = new Map<number, number>();
  for (const seq of pageSeqs) for (const term of seq) tf.set(term, (tf.get(term) ?? 0) + 1);
  const query: { term: number; weight: number }[] = [];
  let norm = 0;
  for (const [term, count] of tf) {
    const df = term < corpus.terms.length ? corpus.docPostings.df(term) : 0;
    const weight = tfWeight(count) * docIdf(docCount, df);
    norm += weight * weight;
    if (df > 0) query.push({ term, weight });
  }
  query.sort((a, b) => b.weight - a.weight);
  // Most informative terms first; stop once enough postings have been read. Rare terms have short postings,
  // so the cost of a query stays bounded however large the corpus grows.
  const reading: typeof query = [];
  let read = 0;
  for (const [index, entry] of query.entries()) {
    if (index >= QUERY_TERMS || (read >= POSTINGS_BUDGET && index >= MIN_QUERY_TERMS)) break;
    read += corpus.docPostings.df(entry.term);
    reading.push(entry);
  }
  // Which postings are read follows from the document frequencies alone: a large library finds them together.
  corpus.docPostings.prepare?.(reading.map((entry) => entry.term));
  const scores = new Float64Array(docCount);
  const touched: number[] = [];
  for (const { term, weight } of reading) {
    const idf = docIdf(docCount, corpus.docPostings.df(term));
    corpus.docPostings.forEach(term, (doc, count) => {
      if (excluded.has(doc)) return;
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = (scores[doc] ?? 0) + weight * tfWeight(count) * idf;
    });
  }
  const pageNorm = Math.sqrt(norm) || 1;
  // The best `limit` documents by insertion into a short list: sorting every touched document would cost
  // more than the query itself in a large corpus.
  const best: DocumentScore[] = [];
  for (const doc of touched) {
    const score = (scores[doc] ?? 0) / (pageNorm * (corpus.docNorms[doc] || 1));
    if (best.length === limit && score <= best[best.length - 1]!.score) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    best.splice(at, 0, { doc, score });
    if (best.length > limit) best.pop();
  }
  return best;
}
