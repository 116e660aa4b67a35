/**
 * Real-page benchmark (npm run bench:pages; not part of npm test). For the 130 saved pages in
 * ../shared/pages/readability: Crosscheck in Chromium (real toolbar button) and Firefox ESR (popup as a tab),
 * against a floor extension (bench/floor-extension: popup, injection, Readability, one mark); and the CLI path
 * in Node against parse + Readability, in one process per page (node-bench.ts) and as whole processes: the
 * CLI's --help and one `analyze` run over all pages against a floor process (process-bench.ts). Prints a table
 * per page and summaries; writes .artifacts/bench-pages.json.
 *
 * How it measures (bench-pages/*): pages are served from their own folder on 127.0.0.1; every other address
 * goes to the e2e harness's refusing proxy. Each run loads the page in a fresh tab, reads
 * document.body.innerText, installs a main-world probe (probe.ts) and clicks. "Painted" is the first
 * animation frame after a highlight under the extension's names appears in CSS.highlights (Chromium: the page
 * stays in front); in Firefox the page is a background tab (1 Hz frames), so there it is the registration.
 * "Done" is when the popup leaves its loading state. Marks placed come from the popup's "X of Y passages
 * marked" and are checked against the ranges the page itself sees. Errors: page errors and console errors
 * whose text or stack names the extension's origin, and any error in its popup or service worker. Requests:
 * the popup's, and the page's whose initiator names the extension.
 * In the browsers each page's story is covered by a reader-added reference (bench-pages/reference.ts): the
 * bundled corpus covers one story, so as installed Crosscheck reports and paints nothing on these pages.
 *
 *   npm run bench:pages -- [--limit N] [--browser chromium|firefox|node]… [--only slug,…]
 *                          [--installed (also time Crosscheck as installed)] [--no-build (reuse .output/e2e)]
 *                          [--against <unpacked Firefox build> (A/B: that build on the same pages, same run)]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchBrowser, type BrowserBench } from './bench-pages/browser-bench.ts';
import { benchNode, type NodePageResult } from './bench-pages/node-bench.ts';
import { benchProcesses, type ProcessBench } from './bench-pages/process-bench.ts';
import { ARTIFACT_FILE, listPages, PAGES_DIR } from './bench-pages/pages.ts';
import {
  browserTable,
  formatBrowserSummary,
  formatNodeSummary,
  formatProcessSummary,
  nodeTable,
  summarizeBrowser,
  summarizeNode,
  summarizeProcesses,
} from './bench-pages/report.ts';

type Target = 'chromium' | 'firefox' | 'node';
const TARGETS: readonly Target[] = ['node', 'chromium', 'firefox'];

interface Options {
  limit?: number;
  targets: Target[];
  rebuild: boolean;
  installed: boolean;
  /** Another unpacked build of Crosscheck, timed on the same pages in the same run (Firefox). */
  against?: string;
  only?: string[];
}

function parseOptions(argv: string[]): Options {
  const options: Options = { targets: [], rebuild: true, installed: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--limit') options.limit = Number(value());
    else if (arg === '--browser') {
      const target = value() as Target;
      if (!TARGETS.includes(target)) throw new Error(`--browser takes ${TARGETS.join('|')}`);
      options.targets.push(target);
    } else if (arg === '--no-build') options.rebuild = false;
    else if (arg === '--installed') options.installed = true;
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--against') options.against = value();
    else throw new Error(`unknown option ${arg}`);
  }
  if (options.targets.length === 0) options.targets = [...TARGETS];
  if (options.against && options.targets.some((target) => target !== 'firefox'))
    throw new Error('--against takes another Firefox build and runs with --browser firefox only');
  return options;
}

const PAINT_NOTE: Record<'chromium' | 'firefox', string> = {
  chromium:
    'real toolbar button; painted = first animation frame after the highlight is registered in the page',
  firefox:
    'popup opened as a tab (no headless button); the page is a background tab, so painted = highlight registered in the page',
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const slugs = options.only ?? listPages(options.limit);
  if (slugs.length === 0) {
    console.log(
      `bench:pages: no pages in ${path.relative(process.cwd(), PAGES_DIR)} (../shared absent): nothing to measure`,
    );
    return 0;
  }
  const log = (line: string) => console.error(line);
  const started = Date.now();
  const results: {
    node?: NodePageResult[];
    processes?: ProcessBench;
    chromium?: BrowserBench;
    firefox?: BrowserBench;
  } = {};
  const summaries: Record<string, unknown> = {};
  for (const target of TARGETS.filter((t) => options.targets.includes(t))) {
    const stepStarted = Date.now();
    if (target === 'node') {
      const pages = await benchNode(slugs, log);
      results.node = pages;
      const summary = summarizeNode(pages);
      summaries.node = summary;
      console.log(
        `\n== Node: CLI path (linkedom + extract + analyze) vs parse + Readability, ms\n${nodeTable(pages)}\n`,
      );
      console.log(formatNodeSummary(summary));
      const processes = await benchProcesses(slugs, log);
      results.processes = processes;
      const processSummary = summarizeProcesses(processes);
      summaries.processes = processSummary;
      console.log(`\n${formatProcessSummary(processSummary)}`);
    } else {
      const bench = await benchBrowser(
        target,
        slugs,
        {
          rebuild: options.rebuild,
          installed: options.installed,
          ...(options.against ? { against: options.against } : {}),
        },
        log,
      );
      results[target] = bench;
      const summary = summarizeBrowser(bench.pages);
      summaries[target] = { ...summary, outsideRequests: bench.outsideRequests };
      console.log(`\n== ${target}: per page, ms from the click\n${browserTable(bench.pages)}\n`);
      console.log(formatBrowserSummary(target, summary, PAINT_NOTE[target]));
      console.log(
        `  ${'requests off 127.0.0.1 (all)'.padEnd(34)} ${bench.outsideRequests} (pages' own assets, refused by the proxy)`,
      );
    }
    log(`${target} took ${Math.round((Date.now() - stepStarted) / 1000)} s`);
  }
  mkdirSync(path.dirname(ARTIFACT_FILE), { recursive: true });
  writeFileSync(
    ARTIFACT_FILE,
    JSON.stringify({ date: new Date().toISOString(), pages: slugs.length, summaries, results }, null, 1),
  );
  console.log(
    `\nbench:pages: ${slugs.length} pages in ${Math.round((Date.now() - started) / 1000)} s; results in ${path.relative(process.cwd(), ARTIFACT_FILE)}`,
  );
  return 0;
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
