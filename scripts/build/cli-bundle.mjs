// The command line, built ahead of time: cli/main.ts and everything it imports (lib/, the data JSON, linkedom,
// Readability) bundled by esbuild into dist/cli/, so a start pays no TypeScript transpiler (about 0.9 s).
// Plain JavaScript: bin/crosscheck.mjs imports it before anything is built.
//
//   node scripts/build/cli-bundle.mjs     (npm run build:cli, npm run build; postinstall adds --postinstall)
//
// bin/crosscheck.mjs calls ensureCliBuilt() at every start: a few stat calls when the build is fresh, a rebuild
// (~0.5 s) when a source file is newer than the build, so the command line never goes stale against lib/.
import {
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = path.join(ROOT, 'dist');
export const CLI_DIR = path.join(DIST, 'cli');
export const CLI_ENTRY = path.join(CLI_DIR, 'main.mjs');
/** What the build read (repository-relative paths) and when it started. */
export const CLI_MANIFEST = path.join(CLI_DIR, 'build.json');
const LOCK = path.join(DIST, 'cli.lock');
// A build takes about a second; a lock this old was left by a process that died.
const STALE_LOCK_MS = 60_000;
// Installed packages keep their publication mtimes, so a dependency change shows in npm's own files instead.
const ALSO_WATCHED = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/** Whether dist/cli exists and no file it was built from changed since. */
export function cliIsFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(CLI_MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  for (const input of manifest.inputs) {
    let modified;
    try {
      modified = statSync(path.join(ROOT, input)).mtimeMs;
    } catch {
      // A source file that is gone (renamed, deleted) makes the build stale; an absent npm file does not.
      if (ALSO_WATCHED.includes(input)) continue;
      return false;
    }
    if (modified > manifest.startedAt) return false;
  }
  return true;
}

/** The built entry's URL, rebuilt first when missing or stale. Safe when several processes start at once. */
export async function ensureCliBuilt() {
  if (!cliIsFresh()) {
    const release = await acquireLock();
    try {
      // Another process may have built it while this one waited.
      if (!cliIsFresh()) await buildCli();
    } finally {
      release();
    }
  }
  return pathToFileURL(CLI_ENTRY).href;
}

/**
 * Bundles the CLI into a fresh folder, then swaps it in: a process starting meanwhile finds the old build or
 * none (and then waits on the lock), never half of one. Two builds: the commands (cli/*-command.ts, with the
 * engine, its data and linkedom) split into shared chunks, and main.mjs alone, one file with only what --help
 * and usage errors need, importing a command when there is one to run. A split entry would also import
 * esbuild's shared runtime chunk, which doubled the time --help spends loading the command line.
 */
async function buildCli() {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const staging = path.join(DIST, `cli-${process.pid}-${startedAt}`);
  const common = {
    absWorkingDir: ROOT,
    outdir: staging,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    metafile: true,
    logLevel: 'error',
  };
  const commands = await build({
    ...common,
    entryPoints: Object.fromEntries(COMMANDS.map((command) => [command, `cli/${command}.ts`])),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS packages (Readability) may call require(); ES modules have none of their own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [jsonParsedAtRunTime],
  });
  const entry = await build({
    ...common,
    entryPoints: { main: 'cli/main.ts' },
    plugins: [commandsBuiltApart],
  });
  const inputs = [
    ...new Set(
      [commands, entry].flatMap((result) =>
        Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/')),
      ),
    ),
    path.relative(ROOT, fileURLToPath(import.meta.url)),
    ...ALSO_WATCHED,
  ];
  writeFileSync(path.join(staging, 'build.json'), `${JSON.stringify({ startedAt, inputs }, null, 1)}\n`);
  const retired = `${staging}-old`;
  try {
    renameSync(CLI_DIR, retired);
  } catch {
    // No previous build.
  }
  renameSync(staging, CLI_DIR);
  rmSync(retired, { recursive: true, force: true });
  return { inputs: inputs.length, ms: Date.now() - startedAt };
}

/** The commands main.mjs imports, each built to dist/cli/<command>.mjs. */
const COMMANDS = ['analyze-command', 'pack-command'];

/** main.ts imports './<command>.ts'; in the build that is the command's own file beside main.mjs. */
const commandsBuiltApart = {
  name: 'commands-built-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z-]+-command\.ts$/ }, (args) => {
      const command = args.path.slice(2, -'.ts'.length);
      if (!COMMANDS.includes(command)) return undefined;
      return { path: `./${command}.mjs`, external: true };
    });
  },
};

/**
 * Data files become `JSON.parse('…')` in the bundle rather than object literals: V8 reads a JSON string
 * faster than the same data as JavaScript (the related-words table is 291 KB).
 */
const jsonParsedAtRunTime = {
  name: 'json-parsed-at-run-time',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

async function acquireLock() {
  mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      closeSync(openSync(LOCK, 'wx'));
      return () => rmSync(LOCK, { force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { force: true });
    } catch {
      // Released meanwhile.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const release = await acquireLock();
  try {
    const { inputs, ms } = await buildCli();
    console.log(`cli: ${path.relative(ROOT, CLI_ENTRY)} built from ${inputs} files in ${ms} ms`);
  } catch (error) {
    // After an install without devDependencies (no esbuild) the install itself must not fail.
    if (!process.argv.includes('--postinstall')) throw error;
    console.warn(
      `cli: not built now (${error.message.split('\n')[0]}); crosscheck will try on its first run`,
    );
  } finally {
    release();
  }
}
