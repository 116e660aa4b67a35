import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCliBuilt } from '../../../scripts/build/cli-bundle.mjs';

/**
 * The command line as users run it: bin/crosscheck.mjs, which runs the prebuilt dist/cli and rebuilds it
 * first when a source file is newer, so these tests always exercise the bundle of the current source (and
 * the build itself). Call `buildOnce` in beforeAll, so parallel test files do not all rebuild at once.
 */
export const BIN = join(import.meta.dirname, '../../../bin/crosscheck.mjs');
export const buildOnce = () => ensureCliBuilt();

export function crosscheck(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
