import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { ensureCliBuilt } from '../../build/cli-bundle.mjs';
import { REPO_ROOT, sourceFile } from './pages.ts';
import { median } from './stats.ts';

const HELP_ROUNDS = 15;
const NPX_ROUNDS = 3;
const BULK_ROUNDS = 3;

/** Whole processes, as a user starts them: the CLI's start, and one bulk run over all pages against its floor. */
export interface ProcessBench {
  /** Wall-clock ms of each run. */
  help: { cli: number[]; node: number[]; npx: number[]; cliCpu: number[]; nodeCpu: number[] };
  bulk: {
    pages: number;
    cli: number[];
    floor: number[];
    cliCpu: number[];
    floorCpu: number[];
    cliLines: number;
    floorLines: number;
  };
}

interface Run {
  ms: number;
  /** The process's own CPU time (report-cpu.cjs); null for npx, which runs the CLI in a child. */
  cpuMs: number | null;
  lines: number;
  status: number | null;
}

const REPORT_CPU = path.join(import.meta.dirname, 'report-cpu.cjs');

/** Runs `node args…` (CPU time reported) or another command; counts the lines it prints. */
function time(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const node = command === process.execPath;
    const child = spawn(command, node ? ['--require', REPORT_CPU, ...args] : args, {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-200);
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const cpu = stderr.match(/cpu-ms ([\d.]+)\s*$/);
      resolve({ ms: performance.now() - started, cpuMs: cpu ? Number(cpu[1]) : null, lines, status });
    });
  });
}

/**
 * `node bin/crosscheck.mjs --help` against `node -e 0` (Node's own start), then `npx crosscheck --help`;
 * then `crosscheck analyze <every page> --json` against the floor process (floor-process.ts: read, parse,
 * Readability, one line out), both bundled by esbuild, alternating, BULK_ROUNDS each after a warm-up.
 */
export async function benchProcesses(
  slugs: readonly string[],
  log: (line: string) => void,
): Promise<ProcessBench> {
  await ensureCliBuilt();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-floor-process-'));
  try {
    const floor = path.join(dir, 'floor-process.mjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'floor-process.ts')],
      outfile: floor,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
    const bin = path.join(REPO_ROOT, 'bin', 'crosscheck.mjs');
    const help: ProcessBench['help'] = { cli: [], node: [], npx: [], cliCpu: [], nodeCpu: [] };
    for (let round = 0; round < HELP_ROUNDS; round++) {
      const cli = await time(process.execPath, [bin, '--help']);
      const node = await time(process.execPath, ['-e', '0']);
      help.cli.push(cli.ms);
      help.cliCpu.push(cli.cpuMs ?? NaN);
      help.node.push(node.ms);
      help.nodeCpu.push(node.cpuMs ?? NaN);
    }
    for (let round = 0; round < NPX_ROUNDS; round++)
      help.npx.push((await time('npx', ['crosscheck', '--help'])).ms);
    log(
      `node: --help median ${Math.round(median(help.cli) ?? NaN)} ms (node -e 0: ${Math.round(median(help.node) ?? NaN)} ms)`,
    );

    const files = slugs.map(sourceFile);
    const cliArgs = [bin, 'analyze', ...files, '--json'];
    const floorArgs = [floor, ...files];
    const bulk: ProcessBench['bulk'] = {
      pages: files.length,
      cli: [],
      floor: [],
      cliCpu: [],
      floorCpu: [],
      cliLines: 0,
      floorLines: 0,
    };
    // Warm-up: the file cache, and the CLI's first-run build if any.
    await time(process.execPath, cliArgs);
    await time(process.execPath, floorArgs);
    for (let round = 0; round < BULK_ROUNDS; round++) {
      const order = round % 2 === 0 ? ['cli', 'floor'] : ['floor', 'cli'];
      for (const which of order) {
        const run = await time(process.execPath, which === 'cli' ? cliArgs : floorArgs);
        if (which === 'cli') {
          bulk.cli.push(run.ms);
          bulk.cliCpu.push(run.cpuMs ?? NaN);
          bulk.cliLines = run.lines;
        } else {
          bulk.floor.push(run.ms);
          bulk.floorCpu.push(run.cpuMs ?? NaN);
          bulk.floorLines = run.lines;
        }
      }
      log(
        `node: bulk round ${round + 1}: CLI ${Math.round(bulk.cli.at(-1)!)} ms, floor ${Math.round(bulk.floor.at(-1)!)} ms`,
      );
    }
    return { help, bulk };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
