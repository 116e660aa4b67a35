import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../lib/corpus/bundled.ts';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { SHARED } from './seed-gold.ts';

export interface WebPagesResult {
  pages: number;
  analysed: number;
  inCorpus: number;
  corroborated: number;
  medianMs: number;
  maxMs: number;
}

/**
 * Abstention on real web pages (../shared/pages/readability: 130 saved pages of many sites, none about the
 * bundled corpus's story): each page extracted (linkedom + Readability) and compared with the bundled corpus.
 * Nearly none should be found in the corpus. Also times the comparison alone.
 */
export function evalWebPages(): WebPagesResult | null {
  const folder = join(SHARED, 'pages', 'readability');
  if (!existsSync(folder)) return null;
  const corpus = bundledCorpus();
  const times: number[] = [];
  let pages = 0;
  let inCorpus = 0;
  let corroborated = 0;
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name, 'source.html');
    if (!existsSync(path)) continue;
    pages++;
    let extracted;
    try {
      const { document } = parseHTML(readFileSync(path, 'utf8'));
      extracted = extractArticle(document as unknown as Document, { force: true });
    } catch {
      continue;
    }
    if (!extracted.ok) continue;
    const started = performance.now();
    const result = compareWithCorpus(extracted.article, corpus);
    times.push(performance.now() - started);
    if (result.story.inCorpus) inCorpus++;
    corroborated += result.claims.filter((claim) => claim.status === 'corroborated').length;
  }
  times.sort((a, b) => a - b);
  return {
    pages,
    analysed: times.length,
    inCorpus,
    corroborated,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    maxMs: times[times.length - 1] ?? 0,
  };
}
