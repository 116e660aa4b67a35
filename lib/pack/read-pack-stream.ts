import type { PackArticle } from './pack-article.ts';
import { PackReader, type PackSummary } from './pack-reader.ts';

export interface StreamOptions {
  /** Called with each batch of articles, in order; awaited before more is read (storage keeps up). */
  onBatch: (articles: PackArticle[]) => Promise<void> | void;
  /** Bytes read so far. */
  onProgress?: (bytesRead: number) => void;
  batchSize?: number;
}

/**
 * Streams a pack from bytes (a File's stream in the browser, a file stream in Node): UTF-8 decoded as it
 * arrives, articles handed over in batches, so a 200 MB pack never sits in memory whole.
 */
export async function readPackStream(
  stream: ReadableStream<Uint8Array>,
  { onBatch, onProgress = () => {}, batchSize = 200 }: StreamOptions,
): Promise<PackSummary> {
  const reader = new PackReader();
  const decoder = new TextDecoder('utf-8');
  let batch: PackArticle[] = [];
  let bytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    await onBatch(full);
  };
  const source = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await source.read();
      if (done) break;
      bytes += value.byteLength;
      for (const article of reader.push(decoder.decode(value, { stream: true }))) {
        batch.push(article);
        if (batch.length >= batchSize) await flush();
      }
      onProgress(bytes);
    }
  } finally {
    source.releaseLock();
  }
  batch.push(...reader.push(decoder.decode()));
  const { articles, summary } = reader.end();
  batch.push(...articles);
  await flush();
  return summary;
}
