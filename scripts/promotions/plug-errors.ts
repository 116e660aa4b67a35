/**
 * Diagnostic: the native-plug dev set's FIT part only — each missed plug with its score and signals, and each hard
 * negative's trap sentence with its score, so that error analysis never looks at the validation part. Writes nothing.
 *   npx tsx scripts/promotions/plug-errors.ts
 */
import { detectPromotions } from '../../lib/promotion/detect.ts';
import { measureArticle, SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { MODEL, probability } from '../../lib/promotion/model.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';

for (const page of loadNativePlugPages().filter((p) => p.part === 'fit')) {
  const promotions = detectPromotions(page.article);
  const target = page.plug ?? page.trap;
  const missed =
    page.plug !== null &&
    !promotions.some((p) => p.text.includes(page.plug ?? '') || (page.plug ?? '').includes(p.text));
  for (const sentence of measureArticle(page.article).flat()) {
    const text = sentence.context.sentence.text;
    if (target === null || !(target.includes(text) || text.includes(target))) continue;
    const p = probability(MODEL, SIGNAL_IDS, sentence.values);
    const on = SIGNAL_IDS.map((id, i) => [id, sentence.values[i] ?? 0] as const)
      .filter(([, v]) => v > 0)
      .map(([id, v]) => `${id}=${v.toFixed(2)}`);
    console.log(
      `${page.plug ? (missed ? 'MISSED' : 'found ') : 'neg   '} ${page.id} ${p.toFixed(3)} ${on.join(' ')}\n    ${text}`,
    );
  }
}
