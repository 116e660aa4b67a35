/**
 * Diagnostic: does the detector carry over to topics it never saw? Fits (register + weights, exactly as
 * scripts/fit/fit-promotion-weights.ts) without some topics, then measures on those topics only:
 *   - webis: for each half of its ten product areas, fit on the fit half WITHOUT those areas (plus BASIL news,
 *     the fixtures and the native-plug fit part), measure response-level P/R/F1 on the held-out half OF those areas;
 *   - native plugs: for each half of its eight news topics, fit WITHOUT those topics' fit pages, measure plug
 *     recall and hard negatives flagged on the validation pages OF those topics (as sentences: the plug sentence
 *     reaches the threshold; a hard negative has no sentence that does).
 * Writes nothing.
 *   npx tsx scripts/promotions/leave-topics-out.ts
 */
import { parseHTML } from 'linkedom';
import { SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { probability, type PromotionModel } from '../../lib/promotion/model.ts';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import {
  loadNativePlugPages,
  type NativePlugPage,
} from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from './basil.ts';
import {
  type FitExample,
  fixtureExamples,
  judgedSentences,
  nativePlugExamples,
  newsExamples,
  webisExamples,
} from './examples.ts';
import { countsAt, fitModel, type Mined, responseScores, withMined } from './fit-model.ts';
import { loadWebis, webisAvailable } from './webis.ts';

const WEBIS_GROUPS = [
  ['banking', 'car', 'gaming', 'healthcare', 'real_estate'],
  ['restaurant', 'shopping', 'streaming', 'vacation', 'workout'],
];
const NATIVE_GROUPS = [
  ['politics', 'sport', 'business', 'science'],
  ['local', 'disasters', 'culture', 'health'],
];
// As in scripts/fit/fit-promotion-weights.ts.
const FIXTURE_WEIGHT = 5;
const NATIVE_PLUG_WEIGHT = 10;

if (!webisAvailable()) {
  console.log('webis-native-ads not found under ../shared: nothing to measure.');
  process.exit(0);
}
const webis = loadWebis();
const news = loadBasil().filter((article) => article.part === 'fit');
const fixtures = loadFixtures((html) => parseHTML(html).document as unknown as Document);
const native = loadNativePlugPages();

function fit(webisAreas: (topic: string) => boolean, nativeTopics: (topic: string) => boolean) {
  const training: FitExample[] = [
    ...webisExamples(
      webis.filter((r) => r.part === 'fit' && webisAreas(r.topic)),
      1,
    ),
    ...newsExamples(news, 1),
    ...fixtureExamples(fixtures, FIXTURE_WEIGHT),
    ...nativePlugExamples(
      native.filter((page) => nativeTopics(page.topic)),
      NATIVE_PLUG_WEIGHT,
    ),
  ];
  return fitModel(training);
}

for (const unseen of WEBIS_GROUPS) {
  const { model, register, wording } = fit(
    (topic) => !unseen.includes(topic),
    () => true,
  );
  const test = webisExamples(
    webis.filter((r) => r.part === 'held-out' && unseen.includes(r.topic)),
    1,
  ).map((example) => withMined(example, { register, wording }));
  const { precision, recall, f1 } = countsAt(responseScores(test, model), model.threshold);
  console.log(
    `webis, unseen areas ${unseen.join(', ')}: held-out P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}`,
  );
}

for (const unseen of NATIVE_GROUPS) {
  const { model, register, wording } = fit(
    () => true,
    (topic) => !unseen.includes(topic),
  );
  const pages = native.filter((page) => page.part === 'held-out' && unseen.includes(page.topic));
  const plugs = pages.filter((page) => page.plug !== null);
  const found = plugs.filter((page) => sentenceFlags(page, model, { register, wording }).plug).length;
  const alarms = pages.filter(
    (page) => page.plug === null && sentenceFlags(page, model, { register, wording }).any,
  ).length;
  console.log(
    `native plugs, unseen topics ${unseen.join(', ')}: validation plugs found ${found}/${plugs.length}, hard negatives flagged ${alarms}/${pages.length - plugs.length}`,
  );
}

/** Whether the plug sentence, and whether any sentence, of a page reaches the model's threshold. */
function sentenceFlags(page: NativePlugPage, model: PromotionModel, mined: Mined) {
  let plug = false;
  let any = false;
  for (const { context, values } of judgedSentences(page.article)) {
    const read = withMined({ values, text: context.ownWords }, mined).values;
    if (probability(model, SIGNAL_IDS, read) < model.threshold) continue;
    any = true;
    if (page.plug?.includes(context.sentence.text)) plug = true;
  }
  return { plug, any };
}
