/**
 * The document postings of every term, packed in typed arrays (compressed sparse rows): for term t, entries
 * start[t] … start[t + 1] - 1 of `docs` and `counts`. A corpus of 10,000 articles has millions of postings;
 * as objects they would dominate the memory of a loaded index. `next`, when given, holds the postings of the
 * articles after these (a library's newest segments beside its stored statistics), for the same terms or more.
 */
export class DocPostings {
  constructor(
    private readonly start: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly counts: Uint32Array,
    private readonly next?: DocPostings,
  ) {}

  /** How many terms have postings. */
  get size(): number {
    return Math.max(this.start.length - 1, this.next?.size ?? 0);
  }

  /** How many documents use the term. */
  df(term: number): number {
    const own = term + 1 < this.start.length ? this.start[term + 1]! - this.start[term]! : 0;
    return this.next ? own + this.next.df(term) : own;
  }

  /** Calls `visit` with each document that uses the term and how often it does, in document order. */
  forEach(term: number, visit: (doc: number, count: number) => void): void {
    const end = this.start[term + 1] ?? 0;
    for (let index = this.start[term] ?? 0; index < end; index++)
      visit(this.docs[index] ?? 0, this.counts[index] ?? 0);
    this.next?.forEach(term, visit);
  }

  /** Adds the term's squared tf-idf weights (`weight` of its count) to the norms of the documents using it. */
  addSquares(term: number, weight: (count: number) => number, norms: Float64Array): void {
    const end = this.start[term + 1] ?? 0;
    for (let index = this.start[term] ?? 0; index < end; index++)
      norms[this.docs[index]!]! += weight(this.counts[index]!) ** 2;
    this.next?.addSquares(term, weight, norms);
  }
}
