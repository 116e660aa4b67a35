/**
 * Diagnostic for error analysis on FIT data only (never the held-out halves nor the validation part): webis fit half
 * P/R/F1, BASIL fit-half articles with a false alarm, native-plug fit part plugs found and hard negatives flagged.
 *   npx tsx scripts/promotions/fit-report.ts
 */
import { detectPromotions } from '../../lib/promotion/detect.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from './basil.ts';
import { loadWebis } from './webis.ts';

let tp = 0;
let fp = 0;
let fn = 0;
for (const response of loadWebis().filter((r) => r.part === 'fit')) {
  const flagged = detectPromotions(response.article).length > 0;
  if (flagged && response.hasAd) tp++;
  else if (flagged) fp++;
  else if (response.hasAd) fn++;
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
console.log(
  `webis fit: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
);
const basil = loadBasil().filter((a) => a.part === 'fit');
const alarms = basil.filter(({ article }) => detectPromotions(article).length > 0);
console.log(`BASIL fit: ${alarms.length}/${basil.length} articles with a false alarm`);
for (const { key, article } of alarms)
  for (const p of detectPromotions(article)) console.log(`  ${key}: ${p.score} ${p.text.slice(0, 160)}`);
const pages = loadNativePlugPages().filter((p) => p.part === 'fit');
let found = 0;
let negatives = 0;
let flaggedNegatives = 0;
for (const page of pages) {
  const promotions = detectPromotions(page.article);
  const plug = page.plug;
  if (plug !== null) {
    if (promotions.some((p) => p.text.includes(plug) || plug.includes(p.text))) found++;
  } else {
    negatives++;
    if (promotions.length > 0) {
      flaggedNegatives++;
      console.log(`  hard negative flagged (${page.id}): ${promotions.map((p) => p.text).join(' | ')}`);
    }
  }
}
console.log(
  `native plugs fit: ${found}/${pages.length - negatives} found; ${flaggedNegatives}/${negatives} negatives flagged`,
);
