import fitted from './data/weights.json';

/** The fitted logistic model: a weight per signal id, a bias, and the decision thresholds. */
export interface PromotionModel {
  bias: number;
  weights: Record<string, number>;
  /** A sentence at or above this probability is a promotion. */
  threshold: number;
  /** A paragraph is reported whole when most of its sentences reach this lower probability. */
  paragraphThreshold: number;
}

export const MODEL: PromotionModel = fitted;

export function probability(
  model: PromotionModel,
  ids: readonly string[],
  values: readonly number[],
): number {
  let z = model.bias;
  ids.forEach((id, index) => {
    z += (model.weights[id] ?? 0) * (values[index] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

/** The signals that pushed the score up, strongest first. */
export function firedSignals(
  model: PromotionModel,
  ids: readonly string[],
  values: readonly number[],
): string[] {
  return ids
    .map((id, index) => ({ id, push: (model.weights[id] ?? 0) * (values[index] ?? 0) }))
    .filter(({ push }) => push > 0)
    .sort((a, b) => b.push - a.push)
    .map(({ id }) => id);
}
