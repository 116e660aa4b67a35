import type { Corpus } from './corpus/corpus.ts';
import type { ReferenceNames } from './promotion/reference-names.ts';
import { termOf } from './text/terms.ts';

/**
 * The terms that referenceNamesOf (lib/promotion/reference-names.ts) counts as the corpus's names: what a
 * worker, which has no corpus, needs to answer the same (referenceNamesFromTerms).
 */
export function referenceNameTerms(corpus: Corpus): string[] {
  const terms: string[] = [];
  for (const id of corpus.names) {
    const term = corpus.terms[id];
    if (term !== undefined && corpus.docPostings.df(id) > 0) terms.push(term);
  }
  return terms;
}

/** referenceNamesOf for a corpus known by its name terms alone: the same answer for every word. */
export function referenceNamesFromTerms(terms: readonly string[]): ReferenceNames {
  const names = new Set(terms);
  const seen = new Map<string, boolean>();
  return (word) => {
    let known = seen.get(word);
    if (known === undefined) {
      const term = termOf({
        text: word,
        lower: word.toLowerCase(),
        start: 0,
        end: word.length,
        capitalized: true,
      });
      known = term !== null && names.has(term);
      if (seen.size < 10_000) seen.set(word, known);
    }
    return known;
  };
}
