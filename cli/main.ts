import { parseArgs, USAGE, UsageError } from './args.ts';

/**
 * Runs the command line; returns the exit status (0 analysed, 2 unusable input). This file holds only what
 * --help and usage errors need, so they answer without loading another file: each command, the engine, its
 * data and the HTML parser load when there is something to do.
 */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'pack') {
    const { runPack } = await import('./pack-command.ts');
    return runPack(argv.slice(1), warn);
  }
  let options;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`crosscheck: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { runAnalyze } = await import('./analyze-command.ts');
  return runAnalyze(options);
}

/**
 * Whether main answers these arguments from this file alone (--help, a usage error): bin/crosscheck.mjs then
 * skips checking that the build is fresh, which costs more than the answer.
 */
export function answersAlone(argv: string[]): boolean {
  if (argv[0] === 'pack') return false;
  try {
    return parseArgs(argv).help;
  } catch (error) {
    return error instanceof UsageError;
  }
}

function warn(line: string) {
  process.stderr.write(`crosscheck: ${line}\n`);
}
