/**
 * Fits the corroboration thresholds (lib/analysis/fitted-thresholds.json): the page-claim commentary bar (and
 * how likely a related article's match must be to corroborate commentary all the same), the matcher
 * probability for evidence from a related article and from any other article, and the clause restatement bar. Run: npx tsx scripts/fit/fit-thresholds.ts [--dry-run]
 *
 * Data and rule: a grid search; each setting is scored by leave-one-out on the five seeds
 * (../shared/eval/seed-facts.json: corroborated-sentence F1, the quantity maximised) and must keep
 * - seed precision ≥ PRECISION_FLOOR (the issue's target: precision first),
 * - BASIL dev abstention (claims corroborated with the page's two siblings removed) ≤ ABSTENTION_CEILING,
 * - every dev page (tests/fixtures/engine) meeting its expectations.
 * Ties go to the setting that corroborates least on BASIL without siblings. Five articles are few: the grid is
 * coarse (four parameters, a handful of values each) and the BASIL and dev-page constraints guard against
 * fitting the seeds' quirks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { THRESHOLDS } from '../../lib/analysis/thresholds.ts';
import { evalBasil } from '../eval/eval-basil.ts';
import { analyseDevPage, devExpectations, devPageFailures } from '../eval/eval-dev-pages.ts';
import { evalSeeds } from '../eval/eval-seeds.ts';

const PRECISION_FLOOR = 0.95;
const ABSTENTION_CEILING = 0.04;
const GRID = {
  commentaryHedges: [2, 3],
  corroborate: [0.17, 0.18, 0.19, 0.2, 0.21, 0.22],
  corroborateOther: [0.2, 0.22, 0.25, 0.3, 0.35, 0.4],
  clauseCorroborate: [0.6, 0.7, 0.8],
  commentaryCorroborate: [0.25, 0.3, 0.35, 1],
};
type Key = keyof typeof GRID;

function* settings(keys: Key[], current: Partial<Record<Key, number>> = {}): Generator<Record<Key, number>> {
  if (keys.length === 0) return yield current as Record<Key, number>;
  const [key, ...rest] = keys as [Key, ...Key[]];
  for (const value of GRID[key]) yield* settings(rest, { ...current, [key]: value });
}

const devPagesPass = () =>
  Object.entries(devExpectations()).every(
    ([name, expected]) => devPageFailures(name, expected, analyseDevPage(name)).length === 0,
  );

let best: {
  setting: Record<Key, number>;
  f1: number;
  precision: number;
  recall: number;
  abstention: number;
} | null = null;
for (const setting of settings(Object.keys(GRID) as Key[])) {
  Object.assign(THRESHOLDS, setting);
  const seeds = evalSeeds();
  if (!seeds) throw new Error('../shared/eval/seed-facts.json is needed');
  if (seeds.precision < PRECISION_FLOOR) continue;
  if (best && seeds.f1 < best.f1) continue;
  const basil = evalBasil();
  const abstention = basil?.corroboratedShareWithoutSiblings ?? 0;
  if (abstention > ABSTENTION_CEILING || !devPagesPass()) continue;
  if (best && seeds.f1 === best.f1 && abstention >= best.abstention) continue;
  best = { setting, f1: seeds.f1, precision: seeds.precision, recall: seeds.recall, abstention };
  console.log(
    JSON.stringify(setting),
    `P ${seeds.precision.toFixed(3)} R ${seeds.recall.toFixed(3)} F1 ${seeds.f1.toFixed(3)} BASIL abstention ${(100 * abstention).toFixed(1)}%`,
  );
}
if (!best) throw new Error('no setting meets the constraints');
const path = join(import.meta.dirname, '..', '..', 'lib', 'analysis', 'fitted-thresholds.json');
const out = {
  about: JSON.parse(readFileSync(path, 'utf8')).about as string,
  thresholds: best.setting,
  fit: {
    data: 'leave-one-out on the five seeds (../shared/eval/seed-facts.json), constrained by BASIL dev and the dev pages',
    rule: `max seed F1 with seed precision >= ${PRECISION_FLOOR}, BASIL abstention <= ${ABSTENTION_CEILING}, all dev pages met`,
    seedPrecision: Number(best.precision.toFixed(3)),
    seedRecall: Number(best.recall.toFixed(3)),
    seedF1: Number(best.f1.toFixed(3)),
    basilAbstention: Number(best.abstention.toFixed(3)),
  },
};
if (!process.argv.includes('--dry-run')) writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
console.log(
  `fitted: ${JSON.stringify(out.thresholds)}${process.argv.includes('--dry-run') ? ' (dry run)' : ` → ${path}`}`,
);
