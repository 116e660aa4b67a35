/**
 * Fits the promotion model (lib/promotion/data/weights.json) and mines its copywriting register
 * (lib/promotion/data/register-words.json) on:
 *   - the FIT half of webis-native-ads validation (FNV-1a hash of the answer's pair key even; the odd half is
 *     held out for scripts/eval/eval-promotions.ts),
 *   - the fit half of BASIL news articles (every sentence negative: news that names companies and prices),
 *   - our own fixtures (tests/fixtures/promotions), weighted up because they are the pages we target,
 *   - the FIT part of the native-plug dev set (tests/fixtures/promotions/native-plugs; the validation part, FNV-1a
 *     hash of the page id odd, is only measured by scripts/eval/eval-promotions.ts).
 * The register and the word model (lib/promotion/data/ad-wording.json) are cross-fitted (see scripts/promotions/fit-model.ts). The sentence threshold maximises
 * response-level F1 on the fit half, among thresholds with precision >= 0.85.
 *   npx tsx scripts/fit/fit-promotion-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadBasil } from '../promotions/basil.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import {
  type FitExample,
  fixtureExamples,
  nativePlugExamples,
  newsExamples,
  webisExamples,
} from '../promotions/examples.ts';
import { fitModel, MIN_PRECISION } from '../promotions/fit-model.ts';
import { loadWebis, webisAvailable } from '../promotions/webis.ts';

const FIXTURE_WEIGHT = 5;
// The hand-written native plugs and hard negatives (fit part): news pages like the ones we target.
const NATIVE_PLUG_WEIGHT = 10;
const WEIGHTS_FILE = new URL('../../lib/promotion/data/weights.json', import.meta.url);
const REGISTER_FILE = new URL('../../lib/promotion/data/register-words.json', import.meta.url);
const WORDING_FILE = new URL('../../lib/promotion/data/ad-wording.json', import.meta.url);

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to fit on.');
  process.exit(0);
}

const examples: FitExample[] = [
  ...webisExamples(
    loadWebis().filter((response) => response.part === 'fit'),
    1,
  ),
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
console.log(
  `examples: ${examples.length} sentences (${examples.filter((e) => e.label === 1).length} promotional)`,
);

const { model, register, wording, f1 } = fitModel(examples);
const weights = {
  about:
    'Fitted by scripts/fit/fit-promotion-weights.ts (logistic regression, L2) on the fit half of webis-native-ads ' +
    'validation (FNV-1a hash of the pair key even), the fit half of BASIL news (all negative), our fixtures and the fit part of the native-plug dev set. ' +
    `Threshold maximises response-level F1 on the webis fit half with precision >= ${MIN_PRECISION} (${f1.toFixed(3)}, weights fitted with a cross-fitted register, threshold read with the shipped one; above every fit news sentence).`,
  ...model,
};
writeFileSync(WEIGHTS_FILE, `${JSON.stringify(weights, null, 2)}\n`);
writeFileSync(
  REGISTER_FILE,
  `${JSON.stringify(
    {
      about:
        'Mined by scripts/fit/fit-promotion-weights.ts: lower-case words (no names) with high log-odds of appearing in ' +
        'advert sentences of the webis fit half rather than in its other sentences or in BASIL news, used by adverts ' +
        'of at least three product areas. Value: log-odds, capped.',
      words: Object.fromEntries(Object.entries(register).sort(([a], [b]) => a.localeCompare(b))),
    },
    null,
    2,
  )}\n`,
);
writeFileSync(
  WORDING_FILE,
  `${JSON.stringify(
    {
      about:
        'Fitted by scripts/fit/fit-promotion-weights.ts (scripts/promotions/fit-wording.ts): an L2-regularised logistic ' +
        'model over the lower-case words (no names) of the same sentences as the weights, words used by at least four ' +
        'sentences of at least three topics. Value: log-odds that a sentence with the word is advert copy.',
      ...wording,
    },
    null,
    2,
  )}\n`,
);
console.log(JSON.stringify(weights, null, 2));
console.log(
  `register: ${Object.keys(register).length} words; word model: ${Object.keys(wording.words).length} words`,
);
