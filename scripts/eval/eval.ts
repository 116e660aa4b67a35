// `npm run eval`: every accuracy figure the issues ask for. Each part reads ../shared when present.
import { spawnSync } from 'node:child_process';

const parts = ['scripts/eval/eval-engine.ts', 'scripts/eval/eval-promotions.ts'];
let failed = false;
for (const part of parts) {
  console.log(`\n######## ${part}\n`);
  const result = spawnSync('npx', ['tsx', part, ...process.argv.slice(2)], { stdio: 'inherit' });
  failed ||= result.status !== 0;
}
process.exit(failed ? 1 : 0);
