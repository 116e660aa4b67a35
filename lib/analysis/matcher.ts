import weightData from './weights.json';
import { FEATURE_NAMES, pairFeatures, type TermStats } from './pair-features.ts';
import type { SentenceView } from './sentence-view.ts';

export interface MatcherWeights {
  weights: number[];
  bias: number;
}

export const DEFAULT_WEIGHTS: MatcherWeights = { weights: weightData.weights, bias: weightData.bias };

if (weightData.features.join() !== FEATURE_NAMES.join()) {
  throw new Error(
    'lib/analysis/weights.json does not match the matcher features: refit with scripts/fit/fit-matcher.ts',
  );
}

/** Probability that the two sentences state the same thing, from the fitted logistic model. */
export function matchProbability(features: number[], model: MatcherWeights = DEFAULT_WEIGHTS): number {
  let z = model.bias;
  features.forEach((value, index) => (z += value * (model.weights[index] ?? 0)));
  return 1 / (1 + Math.exp(-z));
}

export function matchPair(
  a: SentenceView,
  b: SentenceView,
  stats: TermStats,
): { probability: number; features: number[] } {
  const features = pairFeatures(a, b, stats);
  return { probability: matchProbability(features), features };
}
