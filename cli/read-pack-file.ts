import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { describePackSummary } from '../lib/pack/describe-summary.ts';
import type { PackArticle } from '../lib/pack/pack-article.ts';
import { readPackStream } from '../lib/pack/read-pack-stream.ts';
import { UnusableInput } from './unusable-input.ts';
import { createProgress } from './progress.ts';

/**
 * Reads a reference pack from a file, streaming, with a progress bar on a terminal. Every problem is
 * warned about (a line per rejected line); a file with no usable article is unusable input.
 */
export async function readPackFile(path: string, warn: (line: string) => void): Promise<PackArticle[]> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new UnusableInput(`cannot read pack ${path}: no such file`);
  }
  const byId = new Map<string, PackArticle>();
  const progress = createProgress(size > 5_000_000 ? size : 0);
  const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  const summary = await readPackStream(stream, {
    onBatch: (articles) => {
      for (const article of articles) byId.set(article.id, article);
    },
    onProgress: (bytes) =>
      progress.update(bytes, `${(bytes / 1e6).toFixed(0)} of ${(size / 1e6).toFixed(0)} MB`),
  });
  progress.finish();
  const [headline, ...details] = describePackSummary(path, summary);
  if (byId.size === 0) throw new UnusableInput(headline ?? `${path} holds no articles`);
  if (details.length > 0) for (const line of [headline!, ...details]) warn(line);
  return [...byId.values()];
}
