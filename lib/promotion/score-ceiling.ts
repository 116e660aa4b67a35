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
  /** The known features with a weight, and their weights. */
  known: number[];
  knownWeights: number[];
  /** Products of two known features, as flat triples: first feature, second feature, weight. */
  knownPairs: number[];
  /** The unknown features, each with its own weight and the weight of its square. */
  unknown: number[];
  unknownWeights: number[];
  unknownSquares: number[];
  /** For each unknown feature (by its place in `unknown`), its products with known features as flat pairs. */
  unknownByKnown: number[][];
  /** Products of two different unknown features, as flat triples. */
  unknownPairs: number[];
}

/** The model's terms laid out for `logOddsCeiling`, for one id order and one set of unknown ids. */
export function ceilingModel(
  model: PromotionModel,
  ids: readonly string[],
  unknownIds: ReadonlySet<string>,
): CeilingModel {
  const isUnknown = ids.map((id) => unknownIds.has(id));
  const unknown = ids.flatMap((id, index) => (isUnknown[index] ? [index] : []));
  const known = ids.flatMap((id, index) => (!isUnknown[index] && model.weights[id] ? [index] : []));
  const ceiling: CeilingModel = {
    bias: model.bias,
    known,
    knownWeights: known.map((index) => model.weights[ids[index] ?? ''] ?? 0),
    knownPairs: [],
    unknown,
    unknownWeights: unknown.map((index) => model.weights[ids[index] ?? ''] ?? 0),
    unknownSquares: unknown.map(() => 0),
    unknownByKnown: unknown.map(() => []),
    unknownPairs: [],
  };
  for (const [key, weight] of Object.entries(model.interactions ?? {})) {
    const [a, b] = key.split('*');
    const first = ids.indexOf(a ?? '');
    const second = ids.indexOf(b ?? '');
    if (first < 0 || second < 0) continue;
    const firstUnknown = unknown.indexOf(first);
    const secondUnknown = unknown.indexOf(second);
    if (firstUnknown < 0 && secondUnknown < 0) ceiling.knownPairs.push(first, second, weight);
    else if (first === second) ceiling.unknownSquares[firstUnknown]! += weight;
    else if (firstUnknown >= 0 && secondUnknown >= 0) ceiling.unknownPairs.push(first, second, weight);
    else if (firstUnknown >= 0) ceiling.unknownByKnown[firstUnknown]!.push(second, weight);
    else ceiling.unknownByKnown[secondUnknown]!.push(first, weight);
  }
  return ceiling;
}

/**
 * An upper bound of the model's log-odds for a value vector in which every unknown feature holds its ceiling
 * (a number in [0, 1]) and every other feature its value.
 */
export function logOddsCeiling(model: CeilingModel, values: readonly number[]): number {
  let z = model.bias;
  const { known, knownWeights, knownPairs, unknown, unknownPairs } = model;
  for (let at = 0; at < known.length; at++) z += knownWeights[at]! * (values[known[at]!] ?? 0);
  for (let at = 0; at < knownPairs.length; at += 3)
    z += knownPairs[at + 2]! * (values[knownPairs[at]!] ?? 0) * (values[knownPairs[at + 1]!] ?? 0);
  for (let at = 0; at < unknownPairs.length; at += 3)
    z += Math.max(
      0,
      unknownPairs[at + 2]! * (values[unknownPairs[at]!] ?? 0) * (values[unknownPairs[at + 1]!] ?? 0),
    );
  for (let at = 0; at < unknown.length; at++) {
    let linear = model.unknownWeights[at]!;
    const byKnown = model.unknownByKnown[at]!;
    for (let pair = 0; pair < byKnown.length; pair += 2)
      linear += byKnown[pair + 1]! * (values[byKnown[pair]!] ?? 0);
    z += quadraticMaximum(linear, model.unknownSquares[at]!, values[unknown[at]!] ?? 0);
  }
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
