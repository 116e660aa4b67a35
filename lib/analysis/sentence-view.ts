import type { Corpus, SentenceDetail } from '../corpus/corpus.ts';
import type { Quantity } from '../text/numbers.ts';
import { hedgeCount } from '../text/hedges.ts';
import { relatedTerms } from '../text/related-terms.ts';
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
  /** Checkable details with their roles (lib/text/details), head and context as term ids. */
  details: SentenceDetail[];
  /**
   * Terms close in meaning to the sentence's terms (lib/text/related-terms.ts), as ids known when the view was
   * made, resolved on first call: for each term that has any, [related term id, similarity] pairs. Page sentences carry it (the matcher
   * reads the relation both ways, so one side of a pair is enough); corpus sentences do not.
   */
  related?: () => Map<number, [number, number][]>;
}

/** A sentence's term ids, and how many ids were known when they were mapped (see TermMapper.map). */
export interface MappedTerms {
  seq: number[];
  known: number;
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

  view(text: string, info: SentenceTerms, mapped: MappedTerms = this.map(info)): SentenceView {
    const { seq, known } = mapped;
    let related: Map<number, [number, number][]> | undefined;
    let details: SentenceDetail[] | undefined;
    let speakers: number[] | undefined;
    let quoted: number[] | undefined;
    let hedges: number | undefined;
    let termSet: Set<number> | undefined;
    const mapper = this;
    // Only `seq` ranks the corpus; the rest is read when the sentence is matched (never, on a page that no
    // corpus story covers). Speakers and quoted words are terms of `seq`: their ids exist already.
    return {
      text,
      seq,
      get termSet() {
        return (termSet ??= new Set(seq));
      },
      get quantities() {
        return info.quantities;
      },
      get speakers() {
        return (speakers ??= info.speakers.map((term) => mapper.idOf(term)));
      },
      get quoted() {
        return (quoted ??= [...new Set(info.quoted.map((term) => mapper.idOf(term)))]);
      },
      clauseStarts: info.clauseStarts,
      get hedges() {
        return (hedges ??= hedgeCount(info.tokens));
      },
      // Mapped when first read, like the details themselves (lib/text/sentence-terms.ts).
      get details() {
        return (details ??= info.details.map((detail) => {
          const { start, end, head, context, ...rest } = detail;
          void start;
          void end;
          return {
            ...rest,
            head: head.map((term) => mapper.idOf(term)),
            context: context.map((term) => mapper.idOf(term)),
          };
        }));
      },
      related: () => (related ??= this.relatedOf(info.sequence, known)),
    };
  }

  /**
   * A sentence's terms as ids, mapped now. Related terms are looked up when the matcher first scores the
   * sentence, not here: a page on no story of the corpus is never matched, and should not pay for them. Only
   * ids known now count, as if resolved now.
   */
  map(info: SentenceTerms): MappedTerms {
    const seq = info.sequence.map((term) => this.idOf(term));
    return { seq, known: this.corpus.terms.length + this.extra.size };
  }

  private relatedOf(terms: string[], known: number): Map<number, [number, number][]> {
    const related = new Map<number, [number, number][]>();
    for (const term of new Set(terms)) {
      const pairs: [number, number][] = [];
      for (const near of relatedTerms(term)) {
        const id = this.corpus.termIds.get(near.term) ?? this.extra.get(near.term);
        if (id !== undefined && id < known) pairs.push([id, near.similarity]);
      }
      if (pairs.length > 0) related.set(this.idOf(term), pairs);
    }
    return related;
  }
}
