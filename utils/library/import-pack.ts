import type { PackSummary } from '../../lib/pack/pack-reader.ts';
import { readPackStream } from '../../lib/pack/read-pack-stream.ts';
import { addArticles, type AddResult } from './library.ts';
import type { LibraryDb } from './library-db.ts';
import { deriveLibraryStats } from './keep-stats.ts';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  articles: number;
}

// Small enough that a closed tab loses at most one batch's work (never stored data), large enough that
// transactions do not dominate.
const BATCH = 100;

/**
 * Imports a pack into the library, streaming: each batch of articles is one transaction, so a bad line, a
 * bad file or a tab closed mid-import never loses what is stored (only the unfinished batch is missing).
 */
export async function importPack(
  db: LibraryDb,
  stream: ReadableStream<Uint8Array>,
  totalBytes: number,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<{ summary: PackSummary } & AddResult> {
  const totals: AddResult = { added: 0, replaced: 0 };
  let bytesRead = 0;
  const summary = await readPackStream(stream, {
    batchSize: BATCH,
    onBatch: async (articles) => {
      const result = await addArticles(db, articles);
      totals.added += result.added;
      totals.replaced += result.replaced;
      onProgress({ bytesRead, totalBytes, articles: totals.added + totals.replaced });
    },
    onProgress: (bytes) => (bytesRead = bytes),
  });
  // What the popup would otherwise derive on every open of a large library (library-stats.ts).
  if (totals.added + totals.replaced > 0) await deriveLibraryStats(db);
  onProgress({ bytesRead: totalBytes, totalBytes, articles: totals.added + totals.replaced });
  return { summary, ...totals };
}
