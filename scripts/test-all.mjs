#!/usr/bin/env node
// `npm test`: type check, unit tests, then the end-to-end tests in real Chromium and Firefox.
// Ends with the plain line `tests: N passed, N failed` (CI reads it) and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('.artifacts', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  console.log(`== ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function vitestStep(label, config) {
  const report = `.artifacts/${label}-results.json`;
  rmSync(report, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  try {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A suite that fails to load has no failed test but must still fail the run.
    if (!ok && results.numFailedTests === 0) failed += 1;
  } catch {
    failed += 1;
    console.log(`== ${label}: no results were written`);
  }
}

if (run('typecheck', 'npx', ['tsc', '--noEmit'])) passed += 1;
else failed += 1;
vitestStep('unit', 'vitest.config.ts');
if (!process.argv.includes('--unit')) vitestStep('e2e', 'vitest.e2e.config.ts');

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
