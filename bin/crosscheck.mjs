#!/usr/bin/env node
// Runs the command line built ahead of time (dist/cli, see scripts/build/cli-bundle.mjs): no transpiler at
// start. The build is made on the first run when missing, and again whenever a source file is newer than it,
// so the CLI never goes stale against lib/.
import { ensureCliBuilt } from '../scripts/build/cli-bundle.mjs';

let entry;
try {
  entry = await ensureCliBuilt();
} catch (error) {
  process.stderr.write(`crosscheck: cannot build the command line (${error.message}); run npm ci first\n`);
  process.exit(1);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
