#!/usr/bin/env node
// Runs the command line built ahead of time (dist/cli, see scripts/build/cli-bundle.mjs): no transpiler at
// start. The build is made on the first run when missing, and again before a command runs whenever a source
// file is newer than it, so an analysis never runs stale code against lib/. --help and usage errors answer
// from the build as it is: checking ~190 files' times would cost more than the answer.
const ENTRY = new URL('../dist/cli/main.mjs', import.meta.url).href;
const argv = process.argv.slice(2);

let built = await import(ENTRY).catch(() => undefined);
if (!built?.answersAlone(argv)) {
  const { cliIsFresh, ensureCliBuilt } = await import('../scripts/build/cli-bundle.mjs');
  if (!built || !cliIsFresh()) {
    try {
      await ensureCliBuilt();
    } catch (error) {
      process.stderr.write(
        `crosscheck: cannot build the command line (${error.message}); run npm ci first\n`,
      );
      process.exit(1);
    }
    // A new address: a stale entry loaded above stays cached under the plain one.
    built = await import(`${ENTRY}?built=${Date.now()}`);
  }
}
process.exitCode = await built.main(argv);
