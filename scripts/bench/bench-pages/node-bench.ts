import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fromDocument } from '../../../cli/read-input.ts';
import { UnusableInput } from '../../../cli/unusable-input.ts';
import { analyze } from '../../../lib/analyze.ts';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { NOT_AN_ARTICLE } from '../../../lib/extract/extract-article.ts';
import { sourceFile } from './pages.ts';
import { median } from './stats.ts';

const ROUNDS = 3;

/** One page in Node: the CLI's whole path against parsing and Readability alone (medians of ROUNDS runs). */
export interface NodePageResult {
  slug: string;
  /** parse (linkedom) + the CLI's fromDocument (sponsored boxes, extraction) + analyze + the JSON line. */
  wholeMs: number;
  /** parse (linkedom) + new Readability(document).parse(): what any design must pay. */
  floorMs: number;
  /** The whole path's stages (median of each), to see where time goes. */
  parseMs: number;
  /** cli/read-input.ts fromDocument: findSponsoredCards, then extractArticle on the document itself. */
  readMs: number;
  analyzeMs: number;
  outcome: 'article' | 'not-an-article' | 'too-large' | 'error';
  claims: number;
  promotions: number;
  error?: string;
}

const now = () => performance.now();
const tick = () => new Promise((resolve) => setImmediate(resolve));

/** What the CLI does for one HTML input once it has the text (cli/read-input.ts and cli/main.ts). */
function runWhole(html: string) {
  const t0 = now();
  const { document } = parseHTML(html);
  const t1 = now();
  let page;
  try {
    page = fromDocument(document as unknown as Document, null, { force: false });
  } catch (error) {
    if (!(error instanceof UnusableInput)) throw error;
    const t2 = now();
    // The CLI appends a hint (--force) to the refusal.
    const outcome = error.message.startsWith(NOT_AN_ARTICLE) ? 'not-an-article' : 'too-large';
    return {
      total: t2 - t0,
      parse: t1 - t0,
      read: t2 - t1,
      analyze: 0,
      outcome,
      claims: 0,
      promotions: 0,
    } as const;
  }
  const t2 = now();
  const report = analyze(page.article, { corpus: bundledCorpus(), pageCards: page.pageCards });
  JSON.stringify(report);
  const t3 = now();
  return {
    total: t3 - t0,
    parse: t1 - t0,
    read: t2 - t1,
    analyze: t3 - t2,
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
      readMs: median(whole.map((w) => w.read)) ?? NaN,
      analyzeMs: median(whole.map((w) => w.analyze)) ?? NaN,
      outcome: error ? 'error' : (last?.outcome ?? 'error'),
      claims: last?.claims ?? 0,
      promotions: last?.promotions ?? 0,
      ...(error ? { error } : {}),
    });
  }
  return results;
}
