import { createWriteStream } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { articleFromText } from '../lib/extract/article-from-text.ts';
import { savedPageAddress } from '../lib/extract/saved-page-address.ts';
import { packArticleOf } from '../lib/pack/convert.ts';
import type { PackArticle } from '../lib/pack/pack-article.ts';
import { packLine } from '../lib/pack/write-pack.ts';
import { createProgress } from './progress.ts';
import { readPackFile } from './read-pack-file.ts';
import { fromHtml } from './read-input.ts';
import { UnusableInput } from './unusable-input.ts';

export const PACK_USAGE = `Usage: crosscheck pack <page.html | article.txt | folder | pack.jsonl>... -o pack.jsonl

Builds a reference pack (one article per line, JSON; the format the extension imports and exports) from
saved pages, .txt articles (first line the title), folders of them, and other packs. Pages get the same
extraction and ids as "Add to my references" in the extension: the same page twice is kept once.

Options:
  -o, --output <file>  where to write the pack ("-" for standard output)
  -h, --help           show this help`;

/** A mistake in pack's own arguments: printed with its usage (not imported from args.ts, so that the
 * entry's --help path stays one file). */
class PackUsageError extends Error {}

const ARTICLE_FILE = /\.(html?|txt|jsonl|ndjson)$/i;

export function parsePackArgs(argv: string[]): { inputs: string[]; output: string | null; help: boolean } {
  const options = { inputs: [] as string[], output: null as string | null, help: false };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '-o' || arg === '--output') {
      const value = args.shift();
      if (value === undefined) throw new PackUsageError(`${arg} needs a file name`);
      options.output = value;
    } else if (arg === '-h' || arg === '--help') options.help = true;
    else if (arg.startsWith('-') && arg !== '-') throw new PackUsageError(`unknown option ${arg}`);
    else options.inputs.push(arg);
  }
  if (options.help) return options;
  if (options.inputs.length === 0)
    throw new PackUsageError('name at least one saved page, .txt article or folder');
  if (options.output === null) throw new PackUsageError('name the pack to write with -o pack.jsonl');
  return options;
}

/** Runs `crosscheck pack`; returns the exit status (0 a pack was written, 2 nothing usable). */
export async function runPack(argv: string[], warn: (line: string) => void): Promise<number> {
  let options;
  try {
    options = parsePackArgs(argv);
  } catch (error) {
    if (!(error instanceof PackUsageError)) throw error;
    process.stderr.write(`crosscheck: ${error.message}\n\n${PACK_USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${PACK_USAGE}\n`);
    return 0;
  }
  const files: string[] = [];
  for (const input of options.inputs) {
    try {
      files.push(...(await articleFiles(input)));
    } catch {
      warn(`cannot read ${input}: no such file or folder`);
    }
  }
  const byId = new Map<string, { article: PackArticle; file: string }>();
  const progress = createProgress(files.length);
  let skipped = 0;
  for (const [index, file] of files.entries()) {
    progress.update(index, file);
    try {
      for (const article of await articlesOf(file, warn)) {
        const earlier = byId.get(article.id);
        if (earlier && earlier.file !== file)
          warn(`${file} is the same article as ${earlier.file}: kept once`);
        byId.set(article.id, { article, file });
      }
    } catch (error) {
      if (!(error instanceof UnusableInput)) throw error;
      skipped++;
      warn(`skipping ${file}: ${error.message}`);
    }
    // Let the event loop breathe between documents, so garbage from the previous DOM can be collected.
    await new Promise((resolve) => setImmediate(resolve));
  }
  progress.finish();
  if (byId.size === 0) {
    warn('no article to write: the pack was not written');
    return 2;
  }
  await writePackFile(
    options.output!,
    [...byId.values()].map((entry) => entry.article),
  );
  const where = options.output === '-' ? 'standard output' : options.output;
  warn(`wrote ${byId.size} articles to ${where}${skipped ? ` (${skipped} files skipped)` : ''}`);
  return 0;
}

async function articleFiles(input: string): Promise<string[]> {
  const info = await stat(input);
  if (!info.isDirectory()) return [input];
  const names = (await readdir(input, { recursive: true })).filter((name) => ARTICLE_FILE.test(name)).sort();
  return names.map((name) => join(input, name));
}

async function articlesOf(file: string, warn: (line: string) => void): Promise<PackArticle[]> {
  if (/\.(jsonl|ndjson)$/i.test(file)) return readPackFile(file, warn);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new UnusableInput(`cannot read it (${(error as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
  if (/\.txt$/i.test(file)) {
    const article = articleFromText(raw);
    if (article.blocks.length === 0)
      throw new UnusableInput('no article text (first line the title, then paragraphs)');
    return [packArticleOf(article, null)];
  }
  const url = savedPageAddress(raw);
  return [packArticleOf(fromHtml(raw, url, { force: true }).article, url)];
}

/** Writes to a temporary file renamed into place: an interrupted run never leaves half a pack. */
async function writePackFile(output: string, articles: PackArticle[]): Promise<void> {
  if (output === '-') {
    for (const article of articles) process.stdout.write(`${packLine(article)}\n`);
    return;
  }
  const temporary = `${output}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary, 'utf8');
  try {
    for (const article of articles) {
      if (!stream.write(`${packLine(article)}\n`))
        await new Promise((resolve) => stream.once('drain', resolve));
    }
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
