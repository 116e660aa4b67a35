/** The documents that use each term, with how often each does. */
export interface Postings {
  /** How many terms have postings. */
  readonly size: number;
  /** How many documents use the term. */
  df(term: number): number;
  /** Calls `visit` with each document that uses the term and how often it does, in document order. */
  forEach(term: number, visit: (doc: number, count: number) => void): void;
  /** Gets these terms' postings ready together, where postings are found on demand (postings-on-demand.ts). */
  prepare?(terms: number[]): void;
}

/**
 * The document postings of every term, packed in typed arrays (compressed sparse rows): for term t, entries
 * start[t] … start[t + 1] - 1 of `docs` and `counts`. A corpus of 10,000 articles has millions of postings;
 * as objects they would dominate the memory of a loaded index.
 */
export class DocPostings implements Postings {
  constructor(
    private readonly start: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly counts: Uint32Array,
  ) {}

  /** How many terms have postings. */
  get size(): number {
    return this.start.length - 1;
  }

  /** How many documents use the term. */
  df(term: number): number {
    return term + 1 < this.start.length ? this.start[term + 1]! - this.start[term]! : 0;
  }

  /** Calls `visit` with each document that uses the term and how often it does, in document order. */
  forEach(term: number, visit: (doc: number, count: number) => void): void {
    const end = this.start[term + 1] ?? 0;
    for (let index = this.start[term] ?? 0; index < end; index++)
      visit(this.docs[index] ?? 0, this.counts[index] ?? 0);
  }

  /** Each document's tf-idf norm, summed term by term in document order; `idf` of a term's df. */
  norms(docCount: number, idf: (df: number) => number, tfWeight: (count: number) => number): Float64Array {
    const norms = new Float64Array(docCount);
    for (let term = 0; term < this.size; term++) {
      const end = this.start[term + 1]!;
      const weight = idf(end - this.start[term]!);
      for (let index = this.start[term]!; index < end; index++)
        norms[this.docs[index]!]! += (tfWeight(this.counts[index]!) * weight) ** 2;
    }
    for (let doc = 0; doc < docCount; doc++) norms[doc] = Math.sqrt(norms[doc]!);
    return norms;
  }
}
