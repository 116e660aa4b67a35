import type { Article } from '../article.ts';
import type { Corpus } from '../corpus/corpus.ts';
import type { Claim, MissingFact, StoryMatch } from '../report.ts';

export interface CompareOptions {
  /** Corpus article ids to leave out (e.g. the page's own copy). */
  exclude?: string[];
  /** Sentences to leave out of the claims: promotions found on the page. */
  isPromotion?: (sentence: string) => boolean;
}

export interface Comparison {
  story: StoryMatch;
  claims: Claim[];
  missing: MissingFact[];
}

// STUB (the engine issue replaces it): no story found, nothing compared.
export function compareWithCorpus(_article: Article, _corpus: Corpus, _options: CompareOptions = {}): Comparison {
  return { story: { inCorpus: false, related: [], identicalTo: null }, claims: [], missing: [] };
}
