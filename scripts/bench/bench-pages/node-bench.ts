import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../../../lib/analyze.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { findSponsoredCards } from '../../../lib/promotion/detect.ts';
import { sourceFile } from './pages.ts';
import { median } from './stats.ts';

const ROUNDS = 3;

/** One page in Node: the CLI's whole path against parsing and Readability alone (medians of ROUNDS runs). */
export interface NodePageResult {
  slug: string;
  /** parse (linkedom) + extractArticle + findSponsoredCards + analyze, as cli/read-input.ts + cli/main.ts. */
  wholeMs: number;
  /** parse (linkedom) + new Readability(document).parse(): what any design must pay. */
  floorMs: number;
  /** The whole path's stages (median of each), to see where time goes. */
  parseMs: number;
  extractMs: number;
  cardsMs: number;
  analyzeMs: number;
  outcome: 'article' | 'not-an-article' | 'too-large' | 'error';
  claims: number;
  promotions: number;
  error?: string;
}

const now = () => performance.now();
const tick = () => new Promise((resolve) => setImmediate(resolve));

function runWhole(html: string) {
  const t0 = now();
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const t1 = now();
  const extracted = extractArticle(doc, { url: null });
  const t2 = now();
  if (!extracted.ok) {
    return {
      total: t2 - t0,
      parse: t1 - t0,
      extract: t2 - t1,
      cards: 0,
      analyze: 0,
      outcome: extracted.reason,
      claims: 0,
      promotions: 0,
    };
  }
  const pageCards = findSponsoredCards(doc);
  const t3 = now();
  const report = analyze(extracted.article, { corpus: bundledCorpus(), pageCards });
  const t4 = now();
  return {
    total: t4 - t0,
    parse: t1 - t0,
    extract: t2 - t1,
    cards: t3 - t2,
    analyze: t4 - t3,
    outcome: 'article' as const,
    claims: report.claims.length,
    promotions: report.promotions.length,
  };
}

function runFloor(html: string): number {
  const t0 = now();
  const { document } = parseHTML(html);
  new Readability(document as unknown as Document, { serializer: (element) => element }).parse();
  return now() - t0;
}

export async function benchNode(
  slugs: readonly string[],
  log: (line: string) => void,
): Promise<NodePageResult[]> {
  const loadStarted = now();
  bundledCorpus();
  log(`node: bundled corpus loaded in ${Math.round(now() - loadStarted)} ms (once, not counted per page)`);
  const results: NodePageResult[] = [];
  for (const [index, slug] of slugs.entries()) {
    const html = readFileSync(sourceFile(slug), 'utf8');
    const whole: ReturnType<typeof runWhole>[] = [];
    const floor: number[] = [];
    let error: string | undefined;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate the order so neither side always runs on a warmer heap.
        if ((round + index) % 2 === 0) {
          whole.push(runWhole(html));
          await tick();
          floor.push(runFloor(html));
        } else {
          floor.push(runFloor(html));
          await tick();
          whole.push(runWhole(html));
        }
        await tick();
      }
    } catch (caught) {
      error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
    }
    const last = whole.at(-1);
    results.push({
      slug,
      wholeMs: median(whole.map((w) => w.total)) ?? NaN,
      floorMs: median(floor) ?? NaN,
      parseMs: median(whole.map((w) => w.parse)) ?? NaN,
      extractMs: median(whole.map((w) => w.extract)) ?? NaN,
      cardsMs: median(whole.map((w) => w.cards)) ?? NaN,
      analyzeMs: median(whole.map((w) => w.analyze)) ?? NaN,
      outcome: error ? 'error' : (last?.outcome ?? 'error'),
      claims: last?.claims ?? 0,
      promotions: last?.promotions ?? 0,
      ...(error ? { error } : {}),
    });
  }
  return results;
}
