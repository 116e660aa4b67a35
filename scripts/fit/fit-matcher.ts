/**
 * Fits the sentence matcher's logistic-regression weights on MRPC train (../shared/outside/mrpc) and writes
 * them to lib/analysis/weights.json; prints accuracy and F1 on MRPC test. Run: npx tsx scripts/fit/fit-matcher.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES, pairFeatures } from '../../lib/analysis/pair-features.ts';
import { matchProbability, type MatcherWeights } from '../../lib/analysis/matcher.ts';
import { loadMrpc } from '../eval/mrpc.ts';
import { classify } from '../eval/classification.ts';

const mrpc = loadMrpc();
if (!mrpc) {
  console.log('fit-matcher: ../shared/outside/mrpc is absent; nothing fitted.');
  process.exit(0);
}
const featurize = (pairs: typeof mrpc.train) =>
  pairs.map((pair) => ({ x: pairFeatures(pair.a, pair.b, mrpc.stats), y: pair.label }));
const train = featurize(mrpc.train);
const test = featurize(mrpc.test);

const model = fitLogistic(train, 0.001);
const trainScores = classify(
  train.map((row) => ({ score: matchProbability(row.x, model), label: row.y })),
  0.5,
);
const testScores = classify(
  test.map((row) => ({ score: matchProbability(row.x, model), label: row.y })),
  0.5,
);
console.log(
  `MRPC train: accuracy ${trainScores.accuracy.toFixed(3)}, F1 ${trainScores.f1.toFixed(3)} (n=${train.length})`,
);
console.log(
  `MRPC test:  accuracy ${testScores.accuracy.toFixed(3)}, F1 ${testScores.f1.toFixed(3)} (n=${test.length})`,
);

const path = join(import.meta.dirname, '..', '..', 'lib', 'analysis', 'weights.json');
const previous = JSON.parse(readFileSync(path, 'utf8')) as { about: string };
const out = {
  about:
    'Logistic-regression weights of the sentence matcher, in the order of FEATURE_NAMES (lib/analysis/pair-features.ts), then the bias. Fitted on MRPC train by scripts/fit/fit-matcher.ts.',
  features: [...FEATURE_NAMES],
  weights: model.weights.map((w) => Number(w.toFixed(4))),
  bias: Number(model.bias.toFixed(4)),
  fit: {
    data: 'MRPC train (4,076 pairs), L2-regularised logistic regression',
    trainAccuracy: Number(trainScores.accuracy.toFixed(3)),
    testAccuracy: Number(testScores.accuracy.toFixed(3)),
    testF1: Number(testScores.f1.toFixed(3)),
  },
};
void previous;
writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
console.log(`weights written to ${path}`);

/** Batch gradient descent with L2 regularisation; features are already in [-1, 1]. */
function fitLogistic(rows: { x: number[]; y: number }[], l2: number): MatcherWeights {
  const size = rows[0]?.x.length ?? 0;
  const weights = new Array<number>(size).fill(0);
  let bias = 0;
  const rate = 0.5;
  for (let iteration = 0; iteration < 4000; iteration++) {
    const gradient = new Array<number>(size).fill(0);
    let gradientBias = 0;
    for (const { x, y } of rows) {
      const error = matchProbability(x, { weights, bias }) - y;
      x.forEach((value, index) => (gradient[index] = (gradient[index] ?? 0) + error * value));
      gradientBias += error;
    }
    for (let index = 0; index < size; index++) {
      weights[index] =
        (weights[index] ?? 0) - rate * ((gradient[index] ?? 0) / rows.length + l2 * (weights[index] ?? 0));
    }
    bias -= (rate * gradientBias) / rows.length;
  }
  return { weights, bias };
}
