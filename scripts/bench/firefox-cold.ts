/**
 * Cold engine costs in Firefox (SpiderMonkey), not part of npm test: how long promotion detection and the
 * rest of the analysis take the first time a fresh page runs them (interpreter and baseline JIT, as in the
 * background page, whose compiled code a garbage collection throws away between clicks), and again at once
 * (warm). Optionally A/B: the engine of another commit (`--against <commit>`, e.g. the promotion code
 * before its hand-written readers) on the same articles, each variant in its own fresh page, alternating.
 *
 *   npx tsx scripts/bench/firefox-cold.ts [--limit N] [--against <commit>]
 *
 * Articles: the saved real pages (../shared/pages/readability), extracted in Node as the CLI does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import puppeteer from 'puppeteer-core';
import { fromDocument } from '../../cli/read-input.ts';
import { FIREFOX_EXECUTABLE } from '../../tests/e2e/harness/paths.ts';
import { listPages, REPO_ROOT, sourceFile } from './bench-pages/pages.ts';
import { median } from './bench-pages/stats.ts';

interface Options {
  limit: number;
  against?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { limit: 40 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--limit') options.limit = Number(argv[++i]);
    else if (argv[i] === '--against') options.against = argv[++i];
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return options;
}

/** The engine's steps, timed inside the page: each runs twice, cold then warm. */
const ENTRY = `
import { detectGenre, detectPromotions, referenceNamesOf } from './promotion/detect.ts';
import { compareWithCorpus } from './analysis/compare.ts';
import { bundledCorpus } from './corpus/bundled.ts';
globalThis.__coldEngine = (article, pageCards) => {
  const corpus = bundledCorpus();
  const times = {};
  const time = (name, run) => { const t = performance.now(); const value = run(); times[name] = performance.now() - t; return value; };
  for (const pass of ['cold', 'warm']) {
    const references = time(pass + ' references', () => referenceNamesOf(corpus));
    const genre = time(pass + ' genre', () => detectGenre(article));
    const promotions = time(pass + ' promotions', () => detectPromotions(article, { pageCards, genre, references }));
    const promoted = promotions.map((p) => p.text);
    const isPromotion = (s) => promoted.some((t) => t.includes(s) || s.includes(t));
    time(pass + ' compare', () => compareWithCorpus(article, corpus, { isPromotion }));
  }
  return times;
};
`;

async function bundleEngine(libDir: string): Promise<string> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: libDir, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Another commit's lib/ in a temporary folder. */
function checkoutLib(commit: string): { dir: string; cleanup: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'firefox-cold-'));
  execFileSync('sh', ['-c', `git archive ${commit} lib data | tar -x -C ${root}`], { cwd: REPO_ROOT });
  return { dir: path.join(root, 'lib'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const pages = listPages().slice(0, options.limit);
  const inputs = pages.flatMap((slug) => {
    try {
      const { document } = parseHTML(readFileSync(sourceFile(slug), 'utf8'));
      return [{ slug, ...fromDocument(document as unknown as Document, null, { force: true }) }];
    } catch {
      return [];
    }
  });
  const other = options.against ? checkoutLib(options.against) : null;
  const variants: [string, string][] = [['current', await bundleEngine(path.join(REPO_ROOT, 'lib'))]];
  if (other) variants.push([options.against!, await bundleEngine(other.dir)]);
  other?.cleanup();

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
  });
  const times = new Map<string, Map<string, number[]>>(variants.map(([name]) => [name, new Map()]));
  try {
    for (const [index, input] of inputs.entries()) {
      // Alternate which variant goes first: neither always meets a busier or quieter moment.
      const order = index % 2 === 0 ? variants : [...variants].reverse();
      for (const [name, source] of order) {
        const page = await browser.newPage();
        await page.evaluate(source);
        const measured = await page.evaluate(
          (article, pageCards) =>
            (
              globalThis as unknown as { __coldEngine: (a: unknown, c: unknown) => Record<string, number> }
            ).__coldEngine(article, pageCards),
          input.article as never,
          input.pageCards as never,
        );
        await page.close();
        for (const [step, ms] of Object.entries(measured as Record<string, number>)) {
          const list = times.get(name)!.get(step) ?? [];
          list.push(ms);
          times.get(name)!.set(step, list);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`Firefox ESR, ${inputs.length} articles, each variant in a fresh page; median ms (sum)`);
  for (const [name, steps] of times) {
    console.log(`  ${name}`);
    for (const [step, list] of steps)
      console.log(
        `    ${step.padEnd(20)} ${(median(list) ?? 0).toFixed(1).padStart(8)} (${list.reduce((a, b) => a + b, 0).toFixed(0)})`,
      );
  }
}

await main();
