/**
 * The whole-process floor (bundled by process-bench.ts like the CLI is): read each file named on the command
 * line, parse it with linkedom and run Readability on it, one after another, as `crosscheck analyze` would.
 * Prints one line per page, so its output costs what the CLI's does not exceed by much.
 */
import { readFile } from 'node:fs/promises';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

for (const file of process.argv.slice(2)) {
  const { document } = parseHTML(await readFile(file, 'utf8'));
  const article = new Readability(document as unknown as Document, {
    serializer: (element) => element,
  }).parse();
  process.stdout.write(`${JSON.stringify({ input: file, title: article?.title ?? null })}\n`);
  // The CLI yields between documents too (garbage from the previous DOM).
  await new Promise((resolve) => setImmediate(resolve));
}
