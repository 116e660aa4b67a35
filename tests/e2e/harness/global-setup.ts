import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR, REPO_ROOT } from './paths.ts';

/**
 * Builds both extensions once, before any end-to-end test, as test builds (CROSSCHECK_E2E=1: output in
 * .output/e2e, plus the 127.0.0.1 host permission the Firefox tests need). Set CROSSCHECK_E2E_SKIP_BUILD=1
 * to reuse existing builds while iterating on tests.
 */
export default function buildExtensionsOnce(): void {
  const env = { ...process.env, CROSSCHECK_E2E: '1' };
  if (process.env.CROSSCHECK_E2E_SKIP_BUILD !== '1') {
    for (const args of [
      ['wxt', 'build'],
      ['wxt', 'build', '-b', 'firefox'],
    ]) {
      const started = Date.now();
      execFileSync('npx', args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
      console.log(`e2e: CROSSCHECK_E2E=1 npx ${args.join(' ')} took ${Date.now() - started} ms`);
    }
  }
  for (const dir of [CHROME_BUILD_DIR, FIREFOX_BUILD_DIR]) {
    if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`e2e: no extension build in ${dir}`);
  }
}
