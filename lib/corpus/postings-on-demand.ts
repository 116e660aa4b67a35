import type { Postings } from './postings.ts';
import type { IndexSegment } from './segment.ts';

/**
 * Postings of a large library found when a query asks for them: a page's query reads a few dozen terms,
 * so one pass over the term columns for those terms costs a fraction of packing every term's postings
 * when the library opens. The same documents and counts, in the same order, as DocPostings.
 */
export class PostingsOnDemand implements Postings {
  private readonly found = new Map<number, { docs: number[]; counts: number[] }>();

  /** `docDf`: how many documents use each term, over all of `segments`. */
  constructor(
    private readonly segments: IndexSegment[],
    private readonly docDf: Uint32Array,
  ) {}

  get size(): number {
    return this.docDf.length;
  }

  df(term: number): number {
    return term < this.docDf.length ? this.docDf[term]! : 0;
  }

  forEach(term: number, visit: (doc: number, count: number) => void): void {
    if (!this.found.has(term)) this.prepare([term]);
    const { docs, counts } = this.found.get(term) ?? { docs: [], counts: [] };
    for (let index = 0; index < docs.length; index++) visit(docs[index]!, counts[index]!);
  }

  /** One pass over the columns collects every asked term's postings. */
  prepare(terms: number[]): void {
    const lists: { docs: number[]; counts: number[] }[] = [];
    const slot = new Int32Array(this.docDf.length).fill(-1);
    for (const term of terms) {
      if (term >= this.docDf.length || this.found.has(term) || slot[term] !== -1) continue;
      slot[term] = lists.length;
      const list = { docs: [], counts: [] };
      lists.push(list);
      this.found.set(term, list);
    }
    if (lists.length === 0) return;
    let doc = 0;
    for (const { seq, seqEnds, docs } of this.segments) {
      let local = 0;
      for (const { count } of docs) {
        const from = local === 0 ? 0 : seqEnds[local - 1]!;
        local += count;
        const to = local === 0 ? 0 : seqEnds[local - 1]!;
        for (let at = from; at < to; at++) {
          const index = slot[seq[at]!]!;
          if (index === -1) continue;
          const list = lists[index]!;
          const last = list.docs.length - 1;
          if (last >= 0 && list.docs[last] === doc) list.counts[last]!++;
          else {
            list.docs.push(doc);
            list.counts.push(1);
          }
        }
        doc++;
      }
    }
  }
}
