/**
 * Diagnostic: the fit, validated inside the webis FIT half only. Two folds by pair key: fit exactly as
 * scripts/fit/fit-promotion-weights.ts does (register, weights, interactions and threshold) on one fold plus BASIL
 * news, the fixtures and the native-plug fit part, then measure response-level P/R/F1 on the other fold; also the
 * F1 at the best threshold of the pooled folds (how well the scores rank, whatever the threshold). The held-out
 * half is never read. Writes nothing.
 *   npx tsx scripts/promotions/cross-validate.ts
 */
import { parseHTML } from 'linkedom';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from './basil.ts';
import { fixtureExamples, nativePlugExamples, newsExamples, webisExamples } from './examples.ts';
import { countsAt, fitModel, type ResponseScore, responseScores, withMined } from './fit-model.ts';
import { loadWebis, webisAvailable } from './webis.ts';

// As in scripts/fit/fit-promotion-weights.ts.
const FIXTURE_WEIGHT = 5;
const NATIVE_PLUG_WEIGHT = 10;

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to measure.');
  process.exit(0);
}
const webis = webisExamples(
  loadWebis().filter((response) => response.part === 'fit'),
  1,
);
const others = [
  ...newsExamples(
    loadBasil().filter((article) => article.part === 'fit'),
    1,
  ),
  ...fixtureExamples(
    loadFixtures((html) => parseHTML(html).document as unknown as Document),
    FIXTURE_WEIGHT,
  ),
  ...nativePlugExamples(loadNativePlugPages(), NATIVE_PLUG_WEIGHT),
];

const pooled: ResponseScore[] = [];
const thresholds: number[] = [];
for (const testFold of [0, 1]) {
  const copy = <T extends { values: number[] }>(examples: T[]) =>
    examples.map((example) => ({ ...example, values: [...example.values] }));
  const { model, register, wording } = fitModel(
    copy([...webis.filter((e) => e.fold !== testFold), ...others]),
  );
  const test = webis.filter((e) => e.fold === testFold).map((e) => withMined(e, { register, wording }));
  const scores = responseScores(test, model);
  const { precision, recall, f1 } = countsAt(scores, model.threshold);
  console.log(
    `fold ${testFold}: threshold ${model.threshold}: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
  );
  // Each fold's scores at its own threshold, pooled as a shift so that one threshold (0.5) reads them all.
  pooled.push(...scores.map(({ hasAd, score }) => ({ hasAd, score: score - model.threshold + 0.5 })));
  thresholds.push(model.threshold);
}
const { precision, recall, f1 } = countsAt(pooled, 0.5);
let best = 0;
for (let threshold = 0.05; threshold < 0.96; threshold += 0.01)
  best = Math.max(best, countsAt(pooled, threshold).f1);
console.log(
  `both folds at their thresholds: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; best shared shift F1 ${best.toFixed(3)}`,
);
