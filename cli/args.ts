export interface CliOptions {
  inputs: string[];
  json: boolean;
  corpus: string | null;
  exclude: string[];
  force: boolean;
  help: boolean;
}

export const USAGE = `Usage: crosscheck analyze <page.html | page.txt | URL | ->... [options]
       crosscheck pack <pages, .txt articles, folders>... -o pack.jsonl   (see crosscheck pack --help)

Compares each article with the reference corpus and reports corroborated, conflicting and
unsupported claims, missing context and injected promotions. Nothing leaves this machine
(a URL is fetched once, only because you named it).

Options:
  --json              one JSON report on standard output (JSON Lines for several inputs)
  --corpus <dir|file> compare against this corpus: a reference pack (.jsonl), a folder of .txt/.html
                      articles, or a built index (.json)
  --exclude <docId>   leave a corpus article out (repeatable)
  --force             analyse even when the page does not look like an article
  -h, --help          show this help

The readable report uses the popup's words; in the JSON, a claim "not found in the references" has the
status "unsupported".

Exit status: 0 when an analysis was made, 2 for unusable input.`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    inputs: [],
    json: false,
    corpus: null,
    exclude: [],
    force: false,
    help: false,
  };
  const args = [...argv];
  if (args[0] === 'analyze') args.shift();
  else if (args.length > 0 && !['-h', '--help'].includes(args[0]!)) {
    throw new UsageError(`unknown command "${args[0]}" (the commands are "analyze" and "pack")`);
  }
  while (args.length > 0) {
    const arg = args.shift()!;
    const value = () => {
      const next = args.shift();
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--exclude') options.exclude.push(value());
    else if (arg === '--force') options.force = true;
    else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (!options.help && options.inputs.length === 0) throw new UsageError('name at least one page to analyse');
  return options;
}
