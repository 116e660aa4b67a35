import type { Corpus } from '../corpus/corpus.ts';
import type { Quantity } from '../text/numbers.ts';
import { hedgeCount } from '../text/hedges.ts';
import type { SentenceTerms } from '../text/sentence-terms.ts';

/** A sentence as the matcher compares it: term ids (shared with the corpus vocabulary), figures, quotes. */
export interface SentenceView {
  text: string;
  seq: number[];
  termSet: Set<number>;
  quantities: Quantity[];
  speakers: number[];
  quoted: number[];
  /** Where each clause starts in `seq`. */
  clauseStarts: number[];
  /** Words of speculation or commentary. */
  hedges: number;
}

/** Gives page terms the corpus's ids; terms the corpus never uses get fresh ids past its vocabulary. */
export class TermMapper {
  private readonly extra = new Map<string, number>();
  private readonly extraTerms: string[] = [];
  constructor(private readonly corpus: Pick<Corpus, 'termIds' | 'terms'>) {}

  idOf(term: string): number {
    const known = this.corpus.termIds.get(term);
    if (known !== undefined) return known;
    let id = this.extra.get(term);
    if (id === undefined) {
      id = this.corpus.terms.length + this.extra.size;
      this.extra.set(term, id);
      this.extraTerms.push(term);
    }
    return id;
  }

  /** The term an id stands for, from the corpus vocabulary or the page's own. */
  termOf(id: number): string {
    return this.corpus.terms[id] ?? this.extraTerms[id - this.corpus.terms.length] ?? '';
  }

  view(text: string, info: SentenceTerms): SentenceView {
    const seq = info.sequence.map((term) => this.idOf(term));
    return {
      text,
      seq,
      termSet: new Set(seq),
      quantities: info.quantities,
      speakers: info.speakers.map((term) => this.idOf(term)),
      quoted: [...new Set(info.quoted.map((term) => this.idOf(term)))],
      clauseStarts: info.clauseStarts,
      hedges: hedgeCount(info.tokens),
    };
  }
}
