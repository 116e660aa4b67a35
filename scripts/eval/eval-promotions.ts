/**
 * Measures the promotion detector (issue 3):
 *   1. seeds: 000's advert found; no false alarm on the gold's not_promotions nor on any fact-mention sentence;
 *   2. webis-native-ads validation, HELD-OUT half only (FNV-1a hash of the pair key odd; the fit used the even
 *      half): response-level precision / recall / F1, and how often the top flagged sentence is the ad sentence;
 *   3. BASIL news, held-out half: how many real news articles get any false alarm;
 *   4. our fixtures: every form found exactly, every never-flag page clean;
 *   5. real pages (Mozilla Readability's 130 test pages, unlabelled): which get a promotion, and the time
 *      detectPromotions takes per article (best of 3 warm runs; median, 95th percentile, max; after extraction);
 *   6. the native-plug dev set (issue 12, tests/fixtures/promotions/native-plugs): plugs found and hard negatives
 *      flagged, on its VALIDATION part (never fitted on) and its fit part, by topic; and the page genres found.
 *   npx tsx scripts/eval/eval-promotions.ts
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { detectPromotions, findSponsoredCards } from '../../lib/promotion/detect.ts';
import type { Promotion } from '../../lib/report.ts';
import { detectGenre } from '../../lib/promotion/genre.ts';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from '../promotions/basil.ts';
import { isAdSentence, loadWebis, webisAvailable, type WebisResponse } from '../promotions/webis.ts';

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const SEEDS = `${SHARED}seeds/`;
const GOLD = `${SHARED}eval/seed-facts.json`;

interface Gold {
  docs: Record<string, string>;
  facts: { mentions: { doc: string; quote: string }[] }[];
  promotions: { doc: string; quote: string }[];
  not_promotions: { doc: string; quote: string }[];
}

// Targets of issues 3 and 12; a miss makes the run exit 1 so that `npm run eval` reports it.
const F1_TARGET = 0.92;
const NATIVE_PLUG_RECALL_TARGET = 0.9;
const misses: string[] = [];

function main(): void {
  evalFixtures();
  evalNativePlugs();
  if (!existsSync(GOLD) || !webisAvailable()) {
    console.log(
      '\n../shared is absent: seed and webis measures skipped (fixtures above need no shared data).',
    );
    return;
  }
  evalSeeds();
  evalWebis();
  evalNews();
  evalRealPages();
}

function evalRealPages(): void {
  const dir = `${SHARED}pages/readability/`;
  if (!existsSync(dir)) return;
  const pages = readdirSync(dir).flatMap((name) => {
    const doc = parseHTML(readFileSync(`${dir}${name}/source.html`, 'utf8')).document as unknown as Document;
    const extracted = extractArticle(doc, { force: true });
    return extracted.ok ? [{ name, article: extracted.article, pageCards: findSponsoredCards(doc) }] : [];
  });
  const productPages = pages.flatMap((page) => {
    const genre = detectGenre(page.article);
    return genre === 'news' ? [] : [`${page.name} (${genre}: ${page.article.title.slice(0, 60)})`];
  });
  console.log(`\nReal pages read as product pages, not news: ${productPages.join('; ') || 'none'}`);
  for (const page of pages) detectPromotions(page.article, { pageCards: page.pageCards }); // warm-up
  const times: number[] = [];
  const flagged: string[] = [];
  for (const page of pages) {
    // Best of three runs: the machine may be busy with other work, which is not our cost.
    let best = Infinity;
    let promotions: Promotion[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      promotions = detectPromotions(page.article, { pageCards: page.pageCards });
      best = Math.min(best, performance.now() - started);
    }
    times.push(best);
    for (const p of promotions)
      flagged.push(`  ${page.name}: ${p.score} [${p.signals.join(', ')}] ${p.text.slice(0, 140)}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  const words = pages.reduce((sum, page) => sum + page.article.wordCount, 0) / (pages.length || 1);
  const pagesFlagged = new Set(flagged.map((line) => line.split(':')[0])).size;
  console.log(
    `\nReal pages (Readability test pages, unlabelled): ${pagesFlagged}/${pages.length} with a promotion;` +
      ` detectPromotions ${at(0.5)} ms median, ${at(0.95)} ms p95, ${at(1)} ms max per article (best of 3 runs) (mean ${words.toFixed(0)} words)`,
  );
  for (const line of flagged) console.log(line);
}

function evalSeeds(): void {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
  const files = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'));
  let found = 0;
  let falseAlarms = 0;
  let checked = 0;
  const started = performance.now();
  for (const file of files) {
    const doc = file.slice(0, 3);
    const promotions = detectPromotions(articleFromText(readFileSync(`${SEEDS}${file}`, 'utf8')));
    const ads = gold.promotions.filter((p) => p.doc === doc).map((p) => p.quote);
    found += ads.filter((quote) => promotions.some((p) => p.text.includes(quote))).length;
    const traps = [
      ...gold.not_promotions.filter((p) => p.doc === doc).map((p) => p.quote),
      ...gold.facts.flatMap((fact) => fact.mentions.filter((m) => m.doc === doc).map((m) => m.quote)),
    ];
    checked += traps.length;
    for (const quote of traps) {
      if (promotions.some((p) => overlaps(p.text, quote))) {
        falseAlarms++;
        console.log(`  false alarm in ${doc}: ${quote}`);
      }
    }
    for (const p of promotions) {
      if (!ads.some((quote) => p.text.includes(quote)))
        console.log(`  unexpected promotion in ${doc}: ${p.text}`);
    }
  }
  const total = gold.promotions.length;
  const ms = (performance.now() - started) / files.length;
  console.log(
    `\nSeeds: advert passages found ${found}/${total}; false alarms ${falseAlarms} over ${checked} not_promotions + fact mentions (${ms.toFixed(1)} ms/article)`,
  );
  if (found < total) misses.push(`seeds: ${total - found} advert passage(s) not found`);
  if (falseAlarms > 0) misses.push(`seeds: ${falseAlarms} false alarm(s)`);
}

function evalWebis(): void {
  const all = loadWebis();
  for (const part of ['held-out', 'fit'] as const) {
    const responses = all.filter((response) => response.part === part);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let sentenceHits = 0;
    let exactHits = 0;
    const byTopic = new Map<string, { tp: number; fp: number; fn: number }>();
    const started = performance.now();
    for (const response of responses) {
      const promotions = detectPromotions(response.article);
      const flagged = promotions.length > 0;
      const topic = byTopic.get(response.topic) ?? { tp: 0, fp: 0, fn: 0 };
      byTopic.set(response.topic, topic);
      if (flagged && response.hasAd) topic.tp++;
      else if (flagged) topic.fp++;
      else if (response.hasAd) topic.fn++;
      if (flagged && response.hasAd) {
        tp++;
        const hit = topHit(response, promotions);
        if (hit !== 'miss') sentenceHits++;
        if (hit === 'exact') exactHits++;
      } else if (flagged) fp++;
      else if (response.hasAd) fn++;
    }
    const precision = tp / (tp + fp || 1);
    const recall = tp / (tp + fn || 1);
    const f1 = (2 * precision * recall) / (precision + recall || 1);
    if (part === 'held-out' && f1 < F1_TARGET)
      misses.push(`webis held-out F1 ${f1.toFixed(3)} < ${F1_TARGET}`);
    const ms = (performance.now() - started) / responses.length;
    console.log(
      `\nwebis-native-ads validation, ${part} half (${responses.length} responses, ${tp + fn} with an ad):` +
        `\n  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})` +
        `\n  top flagged passage holds the ad sentence in ${sentenceHits}/${tp} true positives (${(sentenceHits / (tp || 1)).toFixed(3)}),` +
        ` and is that sentence alone (length within 25%) in ${exactHits}/${tp} (${(exactHits / (tp || 1)).toFixed(3)})` +
        `\n  ${ms.toFixed(2)} ms/response`,
    );
    if (part === 'held-out') {
      const f1Of = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) =>
        ((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(2);
      console.log(
        `  F1 by product area: ${[...byTopic]
          .sort()
          .map(([topic, counts]) => `${topic} ${f1Of(counts)}`)
          .join(', ')}`,
      );
    }
  }
}

/** Whether the highest-scoring reported passage holds the ad sentence ('hit'), and is just that sentence ('exact'). */
function topHit(response: WebisResponse, promotions: Promotion[]): 'exact' | 'hit' | 'miss' {
  const top = [...promotions].sort((a, b) => b.score - a.score)[0];
  const [adStart, adEnd] = response.adSentence ?? [0, 0];
  if (!top) return 'miss';
  const at = responseText(response).indexOf(top.text);
  if (at < 0 || !isAdSentence(response, at, at + top.text.length)) return 'miss';
  return Math.abs(top.text.length - (adEnd - adStart)) <= 0.25 * (adEnd - adStart) ? 'exact' : 'hit';
}

function responseText(response: WebisResponse): string {
  // Rebuild the response with blocks at their original offsets.
  let text = '';
  response.article.blocks.forEach((block, index) => {
    const start = response.blockStarts[index] ?? text.length;
    text = text.padEnd(start, ' ') + block.text;
  });
  return text;
}

function evalNews(): void {
  const articles = loadBasil().filter((article) => article.part === 'held-out');
  const flagged = articles.filter(({ article }) => detectPromotions(article).length > 0);
  console.log(
    `\nBASIL news, held-out half: ${flagged.length}/${articles.length} articles with a false alarm`,
  );
  for (const { key, article } of flagged.slice(0, 10)) {
    for (const p of detectPromotions(article))
      console.log(`  ${key}: ${p.score} [${p.signals.join(', ')}] ${p.text}`);
  }
}

function evalFixtures(): void {
  const fixtures = loadFixtures((html) => parseHTML(html).document as unknown as Document);
  let formsOk = 0;
  let forms = 0;
  let cleanOk = 0;
  let clean = 0;
  for (const { fixture, article, pageCards } of fixtures) {
    const reported = detectPromotions(article, { pageCards }).map((p) => p.text);
    const ok = sameSet(reported, fixture.expect);
    if (fixture.expect.length > 0) {
      forms++;
      if (ok) formsOk++;
    } else {
      clean++;
      if (ok) cleanOk++;
    }
    if (!ok)
      console.log(
        `  fixture ${fixture.file}: expected ${JSON.stringify(fixture.expect)}, got ${JSON.stringify(reported)}`,
      );
  }
  console.log(
    `Fixtures: promotion pages reported exactly ${formsOk}/${forms}; never-flag pages clean ${cleanOk}/${clean}`,
  );
  if (formsOk < forms || cleanOk < clean)
    misses.push('fixtures: not every form found exactly / every never-flag page clean');
}

function evalNativePlugs(): void {
  const pages = loadNativePlugPages();
  for (const part of ['held-out', 'fit'] as const) {
    const inPart = pages.filter((page) => page.part === part);
    const byTopic = new Map<string, { found: number; plugs: number; alarms: number; negatives: number }>();
    for (const page of inPart) {
      const counts = byTopic.get(page.topic) ?? { found: 0, plugs: 0, alarms: 0, negatives: 0 };
      byTopic.set(page.topic, counts);
      const promotions = detectPromotions(page.article);
      const { plug } = page;
      if (plug !== null) {
        counts.plugs++;
        if (promotions.some((p) => p.text.includes(plug) || plug.includes(p.text))) counts.found++;
        else if (part === 'held-out') console.log(`  native plug missed (${page.id}): ${plug}`);
      } else {
        counts.negatives++;
        if (promotions.length > 0) {
          counts.alarms++;
          console.log(`  hard negative flagged (${page.id}): ${promotions.map((p) => p.text).join(' | ')}`);
        }
      }
    }
    const total = [...byTopic.values()].reduce(
      (sum, c) => ({
        found: sum.found + c.found,
        plugs: sum.plugs + c.plugs,
        alarms: sum.alarms + c.alarms,
        negatives: sum.negatives + c.negatives,
      }),
      { found: 0, plugs: 0, alarms: 0, negatives: 0 },
    );
    const recall = total.found / (total.plugs || 1);
    console.log(
      `\nNative plugs, ${part === 'held-out' ? 'validation part (never fitted on)' : 'fit part'}: plugs found ${total.found}/${total.plugs} (recall ${recall.toFixed(3)}); hard negatives flagged ${total.alarms}/${total.negatives}` +
        `\n  by topic: ${[...byTopic]
          .sort()
          .map(([topic, c]) => `${topic} ${c.found}/${c.plugs}${c.alarms ? ` (${c.alarms} alarm)` : ''}`)
          .join(', ')}`,
    );
    if (part === 'held-out' && recall < NATIVE_PLUG_RECALL_TARGET)
      misses.push(`native plugs: validation recall ${recall.toFixed(3)} < ${NATIVE_PLUG_RECALL_TARGET}`);
    if (total.alarms > 0) misses.push(`native plugs: ${total.alarms} hard negative(s) flagged (${part})`);
  }
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((text) => b.includes(text));
}

function overlaps(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

main();
if (misses.length > 0) {
  console.log(`\nTargets missed:\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('\nAll promotion targets met.');
