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
  /** Pages refused as "not an article" without --force (lib/extract/article-text.ts: no article text). */
  notArticles: string[];
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
  const notArticles: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name, 'source.html');
    if (!existsSync(path)) continue;
    pages++;
    let extracted;
    try {
      const html = readFileSync(path, 'utf8');
      const { document } = parseHTML(html);
      extracted = extractArticle(document as unknown as Document, { force: true });
      const checked = extractArticle(parseHTML(html).document as unknown as Document);
      if (!checked.ok && checked.reason === 'not-an-article') notArticles.push(name);
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
    notArticles,
  };
}
