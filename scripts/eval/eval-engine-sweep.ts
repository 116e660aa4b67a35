/**
 * Sweeps engine thresholds (lib/analysis/thresholds.ts) and prints the seed and BASIL figures for each setting:
 * `npx tsx scripts/eval/eval-engine-sweep.ts corroborate=0.15,0.2 corroborateOther=0.3,0.4`.
 */
import { THRESHOLDS } from '../../lib/analysis/thresholds.ts';
import { evalBasil } from './eval-basil.ts';
import { evalSeeds } from './eval-seeds.ts';

type Key = keyof typeof THRESHOLDS;
const axes = process.argv
  .slice(2)
  .filter((arg) => arg.includes('='))
  .map((arg) => {
    const [key, values] = arg.split('=') as [Key, string];
    return { key, values: values.split(',').map(Number) };
  });
const basil = !process.argv.includes('--no-basil');

function* settings(index = 0, current: [Key, number][] = []): Generator<[Key, number][]> {
  if (index === axes.length) return yield current;
  for (const value of axes[index]!.values)
    yield* settings(index + 1, [...current, [axes[index]!.key, value]]);
}

for (const setting of settings()) {
  for (const [key, value] of setting) (THRESHOLDS as Record<Key, number>)[key] = value;
  const seeds = evalSeeds()!;
  const b = basil ? evalBasil() : null;
  console.log(
    setting.map(([k, v]) => `${k}=${v}`).join(' '),
    `| P ${seeds.precision.toFixed(3)} R ${seeds.recall.toFixed(3)} F1 ${seeds.f1.toFixed(3)} | miss@5 ${seeds.missingPrecisionAt5.toFixed(2)} imp3 ${seeds.importance3Within10.toFixed(2)}`,
    b
      ? `| basil r@2 ${b.recallAt2.toFixed(3)} abst ${(100 * b.corroboratedShareWithoutSiblings).toFixed(1)}% with ${(100 * b.corroboratedShareWithSiblings).toFixed(1)}%`
      : '',
    `| story errs ${seeds.storyErrors.length}`,
  );
}
