import fitted from './data/weights.json';

/** The fitted logistic model: a weight per signal id, a bias, and the decision thresholds. */
export interface PromotionModel {
  bias: number;
  weights: Record<string, number>;
  /**
   * Weights of products of two features, keyed "a*b" (a square when a = b): how one cue changes what another is
   * worth ("off-topic" counts for more in copywriting than in plain reporting). Absent: a linear model.
   */
  interactions?: Record<string, number>;
  /** A sentence at or above this probability is a promotion. */
  threshold: number;
  /** A paragraph is reported whole when most of its sentences reach this lower probability. */
  paragraphThreshold: number;
}

export const MODEL: PromotionModel = fitted;

/** An interaction of two features, by their index in the value vector. */
interface Term {
  first: number;
  second: number;
  weight: number;
}

// Parsed once per model and id order: scoring runs on every sentence of every page.
const termsCache = new WeakMap<PromotionModel, { ids: readonly string[]; terms: Term[] }>();

function termsOf(model: PromotionModel, ids: readonly string[]): Term[] {
  const cached = termsCache.get(model);
  if (cached && cached.ids === ids) return cached.terms;
  const terms = Object.entries(model.interactions ?? {}).flatMap(([key, weight]) => {
    const [a, b] = key.split('*');
    const first = ids.indexOf(a ?? '');
    const second = ids.indexOf(b ?? '');
    return first < 0 || second < 0 ? [] : [{ first, second, weight }];
  });
  termsCache.set(model, { ids, terms });
  return terms;
}

/** The key of the interaction of two feature ids in `PromotionModel.interactions`. */
export function interactionKey(first: string, second: string): string {
  return `${first}*${second}`;
}

// The weights in id order, once per model and id order.
const weightsCache = new WeakMap<PromotionModel, { ids: readonly string[]; weights: number[] }>();

function weightsOf(model: PromotionModel, ids: readonly string[]): number[] {
  const cached = weightsCache.get(model);
  if (cached && cached.ids === ids) return cached.weights;
  const weights = ids.map((id) => model.weights[id] ?? 0);
  weightsCache.set(model, { ids, weights });
  return weights;
}

/** What each feature adds to the log-odds; an interaction's push is shared evenly by its two features. */
function pushes(model: PromotionModel, ids: readonly string[], values: readonly number[]): number[] {
  const weights = weightsOf(model, ids);
  const push = weights.map((weight, index) => weight * (values[index] ?? 0));
  for (const { first, second, weight } of termsOf(model, ids)) {
    const term = weight * (values[first] ?? 0) * (values[second] ?? 0);
    push[first] = (push[first] ?? 0) + term / 2;
    push[second] = (push[second] ?? 0) + term / 2;
  }
  return push;
}

export function probability(
  model: PromotionModel,
  ids: readonly string[],
  values: readonly number[],
): number {
  let z = model.bias;
  for (const push of pushes(model, ids, values)) z += push;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed the score up, strongest first; only those in `named` when given (cues with a reason). */
export function firedSignals(
  model: PromotionModel,
  ids: readonly string[],
  values: readonly number[],
  named?: ReadonlySet<string>,
): string[] {
  const push = pushes(model, ids, values);
  return ids
    .map((id, index) => ({ id, push: push[index] ?? 0 }))
    .filter(({ id, push }) => push > 0 && (!named || named.has(id)))
    .sort((a, b) => b.push - a.push)
    .map(({ id }) => id);
}
