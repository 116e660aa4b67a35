/**
 * Fits the promotion model's weights (lib/promotion/data/weights.json) by logistic regression on:
 *   - the FIT half of webis-native-ads validation (hash of the answer's pair key even; the odd half is held out
 *     for scripts/eval-promotions.ts),
 *   - the fit half of BASIL news articles (every sentence negative: news that names companies and prices),
 *   - our own fixtures (tests/fixtures/promotions), weighted up because they are the pages we target.
 * The sentence threshold is the one that maximises response-level F1 on the webis fit half.
 *   npx tsx scripts/fit-promotion-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { SIGNAL_IDS } from '../lib/promotion/features.ts';
import type { PromotionModel } from '../lib/promotion/model.ts';
import { probability } from '../lib/promotion/model.ts';
import { loadFixtures } from '../tests/fixtures/promotions/load.ts';
import { loadBasil } from './promotions/basil.ts';
import { fixtureExamples, judgedSentences, newsExamples, webisExamples } from './promotions/examples.ts';
import { fitLogistic } from './promotions/logistic.ts';
import { loadWebis, webisAvailable } from './promotions/webis.ts';

const L2 = 1;
const FIXTURE_WEIGHT = 5;
// A paragraph is reported whole when most of its sentences reach half the sentence threshold.
const PARAGRAPH_SHARE = 0.5;
const OUTPUT = new URL('../lib/promotion/data/weights.json', import.meta.url);

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to fit on.');
  process.exit(0);
}

const webisFit = loadWebis().filter((response) => response.part === 'fit');
const newsFit = loadBasil().filter((article) => article.part === 'fit');
const fixtures = loadFixtures((html) => parseHTML(html).document as unknown as Document);
const examples = [
  ...webisExamples(webisFit, 1),
  ...newsExamples(newsFit, 1),
  ...fixtureExamples(fixtures, FIXTURE_WEIGHT),
];
const positives = examples.filter((example) => example.label === 1).length;
console.log(`examples: ${examples.length} sentences (${positives} promotional)`);

const fitted = fitLogistic(examples, SIGNAL_IDS.length, L2);
const weights = Object.fromEntries(SIGNAL_IDS.map((id, index) => [id, round(fitted.weights[index] ?? 0)]));
const draft: PromotionModel = { bias: round(fitted.bias), weights, threshold: 0.5, paragraphThreshold: 0.25 };

// Response-level F1 on the fit half for each candidate threshold.
const maxScores = webisFit.map((response) => ({
  hasAd: response.hasAd,
  score: Math.max(
    0,
    ...judgedSentences(response.article).map((s) => probability(draft, SIGNAL_IDS, s.values)),
  ),
}));
let best = { threshold: 0.5, f1: -1 };
for (let threshold = 0.05; threshold < 0.96; threshold += 0.01) {
  const tp = maxScores.filter((r) => r.hasAd && r.score >= threshold).length;
  const fp = maxScores.filter((r) => !r.hasAd && r.score >= threshold).length;
  const fn = maxScores.filter((r) => r.hasAd && r.score < threshold).length;
  const f1 = (2 * tp) / (2 * tp + fp + fn || 1);
  if (f1 > best.f1) best = { threshold: round(threshold), f1 };
}

const model = {
  about:
    'Fitted by scripts/fit-promotion-weights.ts (logistic regression, L2) on the fit half of webis-native-ads ' +
    'validation (FNV-1a hash of the pair key even), the fit half of BASIL news (all negative) and our fixtures. ' +
    `Threshold maximises response-level F1 on the webis fit half (${best.f1.toFixed(3)}).`,
  bias: draft.bias,
  weights,
  threshold: best.threshold,
  paragraphThreshold: round(best.threshold * PARAGRAPH_SHARE),
};
writeFileSync(OUTPUT, `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model, null, 2));

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
