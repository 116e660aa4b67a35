import type { Corpus } from '../corpus/corpus.ts';
import type { TermStats } from './pair-features.ts';

/**
 * Term weights from the corpus: inverse sentence frequency, so that a word most reference sentences use
 * ("Trump" in a Trump corpus) weighs little and a rare one much. Page-only terms get the top weight.
 */
export function corpusTermStats(corpus: Corpus, pageNames: Set<number>): TermStats {
  const count = corpus.sentences.length;
  const weights = weightsOf(corpus);
  const unseen = sentenceIdf(count, 0);
  return {
    weight: (term) => (term < weights.length ? (weights[term] ?? unseen) : unseen),
    isName: (term) => corpus.names.has(term) || pageNames.has(term),
  };
}

// Computed once per loaded corpus, not once per page: a large corpus has hundreds of thousands of terms.
const cache = new WeakMap<Corpus, Float64Array>();

function weightsOf(corpus: Corpus): Float64Array {
  let weights = cache.get(corpus);
  if (!weights) {
    const count = corpus.sentences.length;
    const computed = new Float64Array(corpus.terms.length);
    corpus.sentenceDf.forEach((df, term) => (computed[term] = sentenceIdf(count, df)));
    weights = computed;
    cache.set(corpus, weights);
  }
  return weights;
}

export function sentenceIdf(count: number, df: number): number {
  return Math.log(1 + (count - df + 0.5) / (df + 0.5));
}
