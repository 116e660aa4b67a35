/**
 * Promotion detection's CPU time on the 130 real pages, as the engine runs it (detectGenre, then detectPromotions
 * with the page's sponsored boxes and the bundled corpus's names), against another copy of lib/ in the same process:
 * both run on every page in turn (order alternating), median of ROUNDS runs per page, summed. The promotions
 * found by both must be identical.
 *   npx tsx scripts/promotions/bench-detect.ts [other lib folder, e.g. a copy of main's lib/] [rounds]
 */
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRealPages } from './speed-sets.ts';

type Detect = typeof import('../../lib/promotion/detect.ts');

const [otherArg, roundsArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 5);
const own = (await import('../../lib/promotion/detect.ts')) as Detect;
const other = otherArg
  ? ((await import(pathToFileURL(resolve(otherArg)).href + '/promotion/detect.ts')) as Detect)
  : null;

const pages = loadRealPages();

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function run(detect: Detect, page: (typeof pages)[number]) {
  const genre = detect.detectGenre(page.article);
  return detect.detectPromotions(page.article, {
    pageCards: page.pageCards,
    genre,
    ...(page.references ? { references: page.references } : {}),
  });
}

function timed(detect: Detect, page: (typeof pages)[number]): number {
  const started = cpuMs();
  run(detect, page);
  return cpuMs() - started;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

let ownTotal = 0;
let otherTotal = 0;
let differing = 0;
for (const [index, page] of pages.entries()) {
  if (other && !isDeepStrictEqual(run(own, page), run(other, page))) {
    differing++;
    console.log(`DIFFERENT promotions on ${page.id}`);
  }
  const ownTimes: number[] = [];
  const otherTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (!other) ownTimes.push(timed(own, page));
    else if ((round + index) % 2 === 0) {
      ownTimes.push(timed(own, page));
      otherTimes.push(timed(other, page));
    } else {
      otherTimes.push(timed(other, page));
      ownTimes.push(timed(own, page));
    }
  }
  ownTotal += median(ownTimes);
  if (other) otherTotal += median(otherTimes);
}
console.log(
  `${pages.length} pages, CPU ms summed over pages (median of ${ROUNDS} runs each): this lib ${ownTotal.toFixed(0)}` +
    (other
      ? `, ${otherArg} ${otherTotal.toFixed(0)}, ratio ${(ownTotal / otherTotal).toFixed(2)}; promotions differ on ${differing} pages`
      : ''),
);
