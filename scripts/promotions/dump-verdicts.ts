/**
 * Writes what promotion detection decides on every checked set (the 130 real pages, the fixtures, the native-plug
 * dev set, webis validation, BASIL), one line per article: every sentence's score and signal values
 * (judgeArticle) and the reported promotions (detectPromotions). Two dumps made before and after a speed change
 * must be identical (`cmp`). Webis and BASIL lines hold a hash of the same JSON (they are large).
 *   npx tsx scripts/promotions/dump-verdicts.ts out.jsonl [lib folder, default lib/]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAllSets } from './speed-sets.ts';

const [out, libArg] = process.argv.slice(2);
if (!out) throw new Error('usage: dump-verdicts.ts out.jsonl [lib folder]');
const lib = pathToFileURL(resolve(libArg ?? new URL('../../lib', import.meta.url).pathname) + '/').href;

const { detectPromotions } = (await import(
  `${lib}promotion/detect.ts`
)) as typeof import('../../lib/promotion/detect.ts');
const { judgeArticle } = (await import(
  `${lib}promotion/judge.ts`
)) as typeof import('../../lib/promotion/judge.ts');
const { MODEL } = (await import(`${lib}promotion/model.ts`)) as typeof import('../../lib/promotion/model.ts');

const lines: string[] = [];
for (const page of loadAllSets()) {
  const judged = judgeArticle(page.article, MODEL, page.references).map((sentences) =>
    sentences.map(({ sentence, score }) => [score, sentence.values]),
  );
  const promotions = detectPromotions(page.article, {
    pageCards: page.pageCards,
    ...(page.references ? { references: page.references } : {}),
  });
  const json = JSON.stringify({ judged, promotions });
  const big = page.set === 'webis' || page.set === 'basil';
  lines.push(
    JSON.stringify({
      set: page.set,
      id: page.id,
      ...(big ? { sha1: createHash('sha1').update(json).digest('hex') } : { judged, promotions }),
    }),
  );
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} articles written to ${out}`);
