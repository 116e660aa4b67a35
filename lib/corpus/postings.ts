/**
 * The document postings of every term, packed in typed arrays (compressed sparse rows): for term t, entries
 * start[t] … start[t + 1] - 1 of `docs` and `counts`. A corpus of 10,000 articles has millions of postings;
 * as objects they would dominate the memory of a loaded index.
 */
export class DocPostings {
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
    return (this.start[term + 1] ?? 0) - (this.start[term] ?? 0);
  }

  /** Calls `visit` with each document that uses the term and how often it does. */
  forEach(term: number, visit: (doc: number, count: number) => void): void {
    const end = this.start[term + 1] ?? 0;
    for (let index = this.start[term] ?? 0; index < end; index++)
      visit(this.docs[index] ?? 0, this.counts[index] ?? 0);
  }
}

/** Packs postings given, document by document, as (term, count) lists; `df` says how many each term has. */
export function packPostings(
  df: Uint32Array,
  byDocument: (visit: (doc: number, term: number, count: number) => void) => void,
): DocPostings {
  const start = new Uint32Array(df.length + 1);
  for (let term = 0; term < df.length; term++) start[term + 1] = (start[term] ?? 0) + (df[term] ?? 0);
  const total = start[df.length] ?? 0;
  const docs = new Uint32Array(total);
  const counts = new Uint32Array(total);
  const cursor = start.slice(0, df.length);
  byDocument((doc, term, count) => {
    const at = cursor[term] ?? 0;
    docs[at] = doc;
    counts[at] = count;
    cursor[term] = at + 1;
  });
  return new DocPostings(start, docs, counts);
}
