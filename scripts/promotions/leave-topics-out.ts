/**
 * Diagnostic: does the detector carry over to product areas it never saw? For each half of webis's ten product
 * areas, fits (register + weights, exactly as scripts/fit/fit-promotion-weights.ts) on the fit half WITHOUT those
 * areas, then measures response-level P/R/F1 on the held-out half OF those areas. Writes nothing.
 *   npx tsx scripts/promotions/leave-topics-out.ts
 */
import { parseHTML } from 'linkedom';
import { SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { registerStrength } from '../../lib/promotion/text/register.ts';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadBasil } from './basil.ts';
import { fixtureExamples, newsExamples, webisExamples } from './examples.ts';
import { countsAt, fitModel, responseScores } from './fit-model.ts';
import { loadWebis, webisAvailable } from './webis.ts';

const GROUPS = [
  ['banking', 'car', 'gaming', 'healthcare', 'real_estate'],
  ['restaurant', 'shopping', 'streaming', 'vacation', 'workout'],
];
const REGISTER = SIGNAL_IDS.indexOf('copywriting-register');

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to measure.');
  process.exit(0);
}
const webis = loadWebis();
const news = loadBasil().filter((article) => article.part === 'fit');
const fixtures = loadFixtures((html) => parseHTML(html).document as unknown as Document);

for (const unseen of GROUPS) {
  const training = [
    ...webisExamples(
      webis.filter((r) => r.part === 'fit' && !unseen.includes(r.topic)),
      1,
    ),
    ...newsExamples(news, 1),
    ...fixtureExamples(fixtures, 5),
  ];
  const { model, register } = fitModel(training);
  const test = webisExamples(
    webis.filter((r) => r.part === 'held-out' && unseen.includes(r.topic)),
    1,
  );
  for (const example of test) example.values[REGISTER] = registerStrength(example.text, register);
  const { precision, recall, f1 } = countsAt(responseScores(test, model), model.threshold);
  console.log(
    `unseen areas ${unseen.join(', ')}: held-out P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
  );
}
