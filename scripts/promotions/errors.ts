/**
 * Diagnostic: lists the webis FIT-half responses the detector gets wrong (missed ads with the ad sentence's
 * score and signals; false alarms with the flagged passage). Reads the fit half only, so that error analysis
 * never looks at the held-out half. Writes nothing.
 *   npx tsx scripts/promotions/errors.ts [fn|fp] [limit]
 */
import { detectPromotions } from '../../lib/promotion/detect.ts';
import { measureArticle, SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { MODEL, probability } from '../../lib/promotion/model.ts';
import { isAdSentence, loadWebis } from './webis.ts';

const kind = process.argv[2] ?? 'fn';
const limit = Number(process.argv[3] ?? 40);
let shown = 0;
for (const response of loadWebis().filter((r) => r.part === 'fit')) {
  if (shown >= limit) break;
  const promotions = detectPromotions(response.article);
  if (kind === 'fp' && !response.hasAd && promotions.length > 0) {
    shown++;
    console.log(`FP ${response.topic} [${response.article.title}]`);
    for (const p of promotions) console.log(`   ${p.score} [${p.signals.join(',')}] ${p.text.slice(0, 300)}`);
  }
  if (kind === 'fn' && response.hasAd && promotions.length === 0) {
    shown++;
    console.log(`FN ${response.topic} [${response.article.title}]`);
    for (const sentence of measureArticle(response.article).flat()) {
      const start =
        (response.blockStarts[sentence.context.blockIndex] ?? 0) + sentence.context.sentence.start;
      const end = (response.blockStarts[sentence.context.blockIndex] ?? 0) + sentence.context.sentence.end;
      if (!isAdSentence(response, start, end)) continue;
      const p = probability(MODEL, SIGNAL_IDS, sentence.values);
      const on = SIGNAL_IDS.map((id, i) => [id, sentence.values[i] ?? 0] as const)
        .filter(([, v]) => v > 0)
        .map(([id, v]) => `${id}=${v.toFixed(2)}`);
      console.log(`   ${p.toFixed(3)} ${on.join(' ')}\n   ${sentence.context.sentence.text}`);
    }
  }
}
