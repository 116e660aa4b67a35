import type { PromotionModel } from './model.ts';

/**
 * The most log-odds a sentence can reach when some of its features are known only by a ceiling (each is in
 * [0, ceiling]) and the others exactly: a proof that a sentence cannot reach a threshold without measuring
 * every feature. Every term of the model is bounded on its own (sum of the maxima ≥ maximum of the sum):
 * a known term exactly, an unknown feature's own weight, square and products with known features by the
 * maximum of that quadratic on [0, ceiling], a product of two unknowns by its largest corner.
 */
export interface CeilingModel {
  bias: number;
  weights: Float64Array;
  /** For each feature, whether it is known only by its ceiling. */
  unknown: boolean[];
  /** The interactions as flat triples: first feature, second feature, weight. */
  interactions: number[];
  /** Scratch space: per unknown feature, its linear and square coefficients. */
  linear: Float64Array;
  square: Float64Array;
}

/** The model's terms laid out for `logOddsCeiling`, for one id order and one set of unknown ids. */
export function ceilingModel(
  model: PromotionModel,
  ids: readonly string[],
  unknownIds: ReadonlySet<string>,
): CeilingModel {
  const interactions: number[] = [];
  for (const [key, weight] of Object.entries(model.interactions ?? {})) {
    const [a, b] = key.split('*');
    const first = ids.indexOf(a ?? '');
    const second = ids.indexOf(b ?? '');
    if (first >= 0 && second >= 0) interactions.push(first, second, weight);
  }
  return {
    bias: model.bias,
    weights: Float64Array.from(ids, (id) => model.weights[id] ?? 0),
    unknown: ids.map((id) => unknownIds.has(id)),
    interactions,
    linear: new Float64Array(ids.length),
    square: new Float64Array(ids.length),
  };
}

/**
 * An upper bound of the model's log-odds for a value vector in which every unknown feature holds its ceiling
 * (a number in [0, 1]) and every other feature its value.
 */
export function logOddsCeiling(model: CeilingModel, values: readonly number[]): number {
  const { weights, unknown, interactions, linear, square } = model;
  let z = model.bias;
  for (let index = 0; index < weights.length; index++) {
    if (unknown[index]) {
      linear[index] = weights[index]!;
      square[index] = 0;
    } else z += weights[index]! * (values[index] ?? 0);
  }
  for (let at = 0; at < interactions.length; at += 3) {
    const first = interactions[at]!;
    const second = interactions[at + 1]!;
    const weight = interactions[at + 2]!;
    const firstValue = values[first] ?? 0;
    const secondValue = values[second] ?? 0;
    if (!unknown[first] && !unknown[second]) z += weight * firstValue * secondValue;
    else if (first === second) square[first]! += weight;
    else if (unknown[first] && unknown[second]) z += Math.max(0, weight * firstValue * secondValue);
    else if (unknown[first]) linear[first]! += weight * secondValue;
    else linear[second]! += weight * firstValue;
  }
  for (let index = 0; index < weights.length; index++)
    if (unknown[index]) z += quadraticMaximum(linear[index]!, square[index]!, values[index] ?? 0);
  return z;
}

/** The maximum of a·v + b·v² for v in [0, top]. */
export function quadraticMaximum(a: number, b: number, top: number): number {
  let best = Math.max(0, a * top + b * top * top);
  if (b < 0) {
    const vertex = -a / (2 * b);
    if (vertex > 0 && vertex < top) best = Math.max(best, a * vertex + b * vertex * vertex);
  }
  return best;
}
