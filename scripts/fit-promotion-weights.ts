/**
 * Fits the promotion model (lib/promotion/data/weights.json) and mines its copywriting register
 * (lib/promotion/data/register-words.json) on:
 *   - the FIT half of webis-native-ads validation (FNV-1a hash of the answer's pair key even; the odd half is
 *     held out for scripts/eval-promotions.ts),
 *   - the fit half of BASIL news articles (every sentence negative: news that names companies and prices),
 *   - our own fixtures (tests/fixtures/promotions), weighted up because they are the pages we target.
 * The register feature is cross-fitted (each fold's values come from words mined on the other fold), so the
 * logistic regression does not over-trust it. The sentence threshold maximises response-level F1 on the fit half.
 *   npx tsx scripts/fit-promotion-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { SIGNAL_IDS } from '../lib/promotion/features.ts';
import { probability, type PromotionModel } from '../lib/promotion/model.ts';
import { registerStrength } from '../lib/promotion/text/register.ts';
import { loadFixtures } from '../tests/fixtures/promotions/load.ts';
import { loadBasil } from './promotions/basil.ts';
import { type FitExample, fixtureExamples, newsExamples, webisExamples } from './promotions/examples.ts';
import { fitLogistic } from './promotions/logistic.ts';
import { mineRegister } from './promotions/mine-register.ts';
import { loadWebis, webisAvailable } from './promotions/webis.ts';

const L2 = 1;
const FIXTURE_WEIGHT = 5;
// Precision first: the threshold maximises F1 among those keeping fit-half precision at or above this.
const MIN_PRECISION = 0.85;
// A paragraph is reported whole when most of its sentences reach half the sentence threshold.
const PARAGRAPH_SHARE = 0.5;
const WEIGHTS_FILE = new URL('../lib/promotion/data/weights.json', import.meta.url);
const REGISTER_FILE = new URL('../lib/promotion/data/register-words.json', import.meta.url);
const REGISTER = SIGNAL_IDS.indexOf('copywriting-register');

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to fit on.');
  process.exit(0);
}

const webisFit = loadWebis().filter((response) => response.part === 'fit');
const newsFit = loadBasil().filter((article) => article.part === 'fit');
const fixtures = loadFixtures((html) => parseHTML(html).document as unknown as Document);
const examples: FitExample[] = [
  ...webisExamples(webisFit, 1),
  ...newsExamples(newsFit, 1),
  ...fixtureExamples(fixtures, FIXTURE_WEIGHT),
];
console.log(
  `examples: ${examples.length} sentences (${examples.filter((e) => e.label === 1).length} promotional)`,
);

// Cross-fitted register values, then the register shipped with the model, mined on everything.
const miningOf = (part: FitExample[]) =>
  part.map((e) => ({ text: e.text, isAd: e.label === 1, topic: e.topic }));
for (const fold of [0, 1]) {
  const table = mineRegister(miningOf(examples.filter((e) => e.fold !== fold)));
  for (const example of examples.filter((e) => e.fold === fold))
    example.values[REGISTER] = registerStrength(example.text, table);
}
const register = mineRegister(miningOf(examples));

const fitted = fitLogistic(examples, SIGNAL_IDS.length, L2);
const weights = Object.fromEntries(SIGNAL_IDS.map((id, index) => [id, round(fitted.weights[index] ?? 0)]));
const draft: PromotionModel = { bias: round(fitted.bias), weights, threshold: 0.5, paragraphThreshold: 0.25 };

// Response-level F1 on the webis fit half for each candidate threshold.
const responses = new Map<string, { hasAd: boolean; score: number }>();
for (const example of examples) {
  if (!example.responseId) continue;
  const score = probability(draft, SIGNAL_IDS, example.values);
  const seen = responses.get(example.responseId);
  responses.set(example.responseId, {
    hasAd: !!example.responseHasAd,
    score: Math.max(seen?.score ?? 0, score),
  });
}
let best = { threshold: 0.5, f1: -1 };
for (let threshold = 0.05; threshold < 0.96; threshold += 0.01) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { hasAd, score } of responses.values()) {
    if (score >= threshold && hasAd) tp++;
    else if (score >= threshold) fp++;
    else if (hasAd) fn++;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
  const precision = tp / (tp + fp || 1);
  if (precision >= MIN_PRECISION && f1 > best.f1) best = { threshold: round(threshold), f1 };
}

const model = {
  about:
    'Fitted by scripts/fit-promotion-weights.ts (logistic regression, L2) on the fit half of webis-native-ads ' +
    'validation (FNV-1a hash of the pair key even), the fit half of BASIL news (all negative) and our fixtures. ' +
    `Threshold maximises response-level F1 on the webis fit half with precision >= ${MIN_PRECISION} (${best.f1.toFixed(3)}, cross-fitted register).`,
  bias: draft.bias,
  weights,
  threshold: best.threshold,
  paragraphThreshold: round(best.threshold * PARAGRAPH_SHARE),
};
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(model, null, 2)}\n`);
writeFileSync(
  REGISTER_FILE,
  `${JSON.stringify(
    {
      about:
        'Mined by scripts/fit-promotion-weights.ts: lower-case words (no names) with high log-odds of appearing in ' +
        'advert sentences of the webis fit half rather than in its other sentences or in BASIL news, used by adverts ' +
        'of at least three product areas. Value: log-odds, capped.',
      words: Object.fromEntries(Object.entries(register).sort(([a], [b]) => a.localeCompare(b))),
    },
    null,
    2,
  )}\n`,
);
console.log(JSON.stringify(model, null, 2));
console.log(`register: ${Object.keys(register).length} words`);

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
