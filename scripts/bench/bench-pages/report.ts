import type { NodePageResult } from './node-bench.ts';
import type { ProcessBench } from './process-bench.ts';
import type { RunResult } from './run-page.ts';
import { fixed, median, ms, p90, ratio, table } from './stats.ts';
import { stageSteps } from './stages.ts';

export interface BrowserPageResult {
  slug: string;
  /** Whether a reader-added reference covering the page's story was stored (see reference.ts). */
  covered: boolean;
  /** Crosscheck, with that reference (or none, when the CLI path finds no article to build one from). */
  crosscheck: RunResult;
  floor: RunResult;
  /** Crosscheck as installed (bundled corpus only; --installed). */
  installed?: RunResult;
  /** Another build of Crosscheck on the same page (--against), for an A/B in one run. */
  against?: RunResult;
}

/** click → marks painted: the painting frame in a foreground tab, else the registration (background tab). */
export const markedMs = (run: RunResult) => run.paintedMs ?? run.registeredMs;
const ourErrors = (run: RunResult) => run.errors.filter((error) => error.source !== 'page-own');
const crosscheckRuns = (page: BrowserPageResult) => [
  page.crosscheck,
  ...(page.installed ? [page.installed] : []),
];
const placementOf = (run: RunResult) =>
  run.popup.total === null && run.popup.state === 'ready' ? { placed: 0, total: 0 } : run.popup;

function note(page: BrowserPageResult): string {
  const { crosscheck: cc, floor, installed } = page;
  const notes: string[] = [];
  if (!page.covered) notes.push('no covering reference (no article in Node)');
  const labelled: [string, RunResult | undefined][] = [
    ['', cc],
    ['floor ', floor],
    ['installed ', installed],
  ];
  for (const [label, run] of labelled) {
    if (!run) continue;
    if (run.failure) notes.push(`${label}run failed: ${run.failure}`);
    else if (run.popup.state !== 'ready')
      notes.push(`${label}${run.popup.state}: ${(run.popup.status ?? '').slice(0, 60)}`);
  }
  if (cc.popup.placed !== null && cc.rangesInPage !== null && cc.rangesInPage !== cc.popup.placed)
    notes.push(`page sees ${cc.rangesInPage} ranges, popup says ${cc.popup.placed}`);
  if (crosscheckRuns(page).some((run) => run.textChanged))
    notes.push(floor.textChanged ? 'text changes by itself' : 'TEXT CHANGED');
  for (const run of crosscheckRuns(page))
    for (const error of ourErrors(run))
      notes.push(`${error.source} error: ${error.text.split('\n')[0]?.slice(0, 90)}`);
  return notes.join('; ');
}

export function browserTable(pages: readonly BrowserPageResult[]): string {
  const rows = pages.map((page) => {
    const { crosscheck: cc, floor } = page;
    const { placed, total } = placementOf(cc);
    const runs = crosscheckRuns(page);
    return [
      page.slug,
      cc.popup.state ?? 'none',
      placed === null ? '-' : `${placed}/${total}`,
      ms(markedMs(cc)),
      ms(markedMs(floor)),
      fixed(ratio(markedMs(cc), markedMs(floor))),
      ms(cc.doneMs),
      ms(floor.doneMs),
      ms(page.installed?.doneMs),
      runs.some((run) => run.textChanged === null)
        ? '?'
        : runs.some((run) => run.textChanged)
          ? 'CHANGED'
          : 'same',
      String(runs.reduce((sum, run) => sum + ourErrors(run).length, 0)),
      String(runs.reduce((sum, run) => sum + run.extensionRequests.length, 0)),
      note(page),
    ];
  });
  return table(
    [
      'page',
      'state',
      'marked',
      'painted',
      'floor',
      'ratio',
      'done',
      'floor done',
      'installed done',
      'text',
      'errors',
      'requests',
      'note',
    ],
    rows,
  );
}

interface Spread {
  median: number | null;
  p90: number | null;
  max: number | null;
}
const spread = (values: (number | null)[]): Spread => ({
  median: median(values),
  p90: p90(values),
  max: maxOf(values),
});
function maxOf(values: (number | null)[]): number | null {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length ? Math.max(...numbers) : null;
}

export interface BrowserSummary {
  pages: number;
  states: Record<string, number>;
  /** click → marks painted, against the floor's click → marked, over pages where both marked. */
  painted: Spread;
  floorMarked: Spread;
  ratioOfMedians: number | null;
  medianOfRatios: number | null;
  /** click → popup done, all pages. */
  done: Spread;
  floorDone: Spread;
  doneRatioOfMedians: number | null;
  installedDone: Spread | null;
  /** The --against build on the same pages: its click → painted, and this build's time over its, page by page. */
  against: {
    painted: Spread;
    ratioOfMedians: number | null;
    medianOfRatios: number | null;
    floorRatio: number | null;
    stages: [string, number, number | null][];
  } | null;
  marksPlaced: number;
  marksReported: number;
  placedShare: number | null;
  pagesBelow98: string[];
  textChanged: string[];
  textChangesByItself: string[];
  ourErrors: number;
  pagesWithOurErrors: string[];
  extensionRequests: number;
  /** Requests off 127.0.0.1 during the analysis window: Crosscheck's runs, and the floor's (the page's own). */
  outsideInWindow: { crosscheck: string[]; floor: string[] };
  failedRuns: string[];
  worstPainted: string[];
  worstRatio: string[];
  /**
   * Median ms from the click to each mark (stages.ts), in time order, with the per-page median step from
   * the mark before: Crosscheck's, and the floor's popup.
   */
  stages: { crosscheck: [string, number, number | null][]; floor: [string, number, number | null][] };
}

function stageMedians(runs: readonly RunResult[]): [string, number, number | null][] {
  const names = new Set(runs.flatMap((run) => Object.keys(run.stages ?? {})));
  const ordered = [...names]
    .map((name): [string, number | null] => [name, median(runs.map((run) => run.stages?.[name] ?? null))])
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .sort((a, b) => a[1] - b[1]);
  const steps = stageSteps(
    runs.map((run) => run.stages),
    ordered.map(([name]) => name),
    median,
  );
  return ordered.map(([name, at], i) => [name, at, steps[i] ?? null]);
}

function countStates(runs: RunResult[]): Record<string, number> {
  const states: Record<string, number> = {};
  for (const run of runs) {
    const state = run.failure ? 'failed' : (run.popup.state ?? 'none');
    states[state] = (states[state] ?? 0) + 1;
  }
  return states;
}

export function summarizeBrowser(pages: readonly BrowserPageResult[]): BrowserSummary {
  const painted = (p: BrowserPageResult) => markedMs(p.crosscheck);
  const both = pages.filter((p) => painted(p) !== null && markedMs(p.floor) !== null);
  const pageRatio = (p: BrowserPageResult) => ratio(painted(p), markedMs(p.floor));
  const placements = pages.map((p) => placementOf(p.crosscheck));
  const placed = placements.reduce((sum, p) => sum + (p.placed ?? 0), 0);
  const reported = placements.reduce((sum, p) => sum + (p.total ?? 0), 0);
  const byDesc = <T>(items: readonly T[], key: (item: T) => number) =>
    [...items].sort((a, b) => key(b) - key(a));
  const installed = pages.filter((p) => p.installed);
  return {
    pages: pages.length,
    states: countStates(pages.map((p) => p.crosscheck)),
    painted: spread(both.map(painted)),
    floorMarked: spread(both.map((p) => markedMs(p.floor))),
    ratioOfMedians: ratio(median(both.map(painted)), median(both.map((p) => markedMs(p.floor)))),
    medianOfRatios: median(both.map(pageRatio)),
    done: spread(pages.map((p) => p.crosscheck.doneMs)),
    floorDone: spread(pages.map((p) => p.floor.doneMs)),
    doneRatioOfMedians: ratio(
      median(pages.map((p) => p.crosscheck.doneMs)),
      median(pages.map((p) => p.floor.doneMs)),
    ),
    installedDone: installed.length ? spread(installed.map((p) => p.installed?.doneMs ?? null)) : null,
    against: againstSummary(pages),
    marksPlaced: placed,
    marksReported: reported,
    placedShare: reported ? placed / reported : null,
    pagesBelow98: pages
      .filter(
        (p, i) =>
          (placements[i]?.total ?? 0) > 0 && (placements[i]?.placed ?? 0) / placements[i]!.total! < 0.98,
      )
      .map((p) => `${p.slug} ${p.crosscheck.popup.placed}/${p.crosscheck.popup.total}`),
    textChanged: pages
      .filter((p) => crosscheckRuns(p).some((r) => r.textChanged) && !p.floor.textChanged)
      .map((p) => p.slug),
    textChangesByItself: pages.filter((p) => p.floor.textChanged).map((p) => p.slug),
    ourErrors: pages.reduce(
      (sum, p) => sum + crosscheckRuns(p).reduce((n, r) => n + ourErrors(r).length, 0),
      0,
    ),
    pagesWithOurErrors: pages
      .filter((p) => crosscheckRuns(p).some((r) => ourErrors(r).length > 0))
      .map((p) => p.slug),
    extensionRequests: pages.reduce(
      (sum, p) => sum + crosscheckRuns(p).reduce((n, r) => n + r.extensionRequests.length, 0),
      0,
    ),
    outsideInWindow: {
      crosscheck: pages.flatMap((p) =>
        crosscheckRuns(p).flatMap((r) => r.outsideInWindow.map((u) => `${p.slug}: ${u}`)),
      ),
      floor: pages.flatMap((p) => p.floor.outsideInWindow.map((u) => `${p.slug}: ${u}`)),
    },
    failedRuns: pages.flatMap((p) =>
      [p.crosscheck, p.floor, p.installed, p.against]
        .filter((r): r is RunResult => Boolean(r?.failure))
        .map((r) => `${p.slug} (${r === p.installed ? 'installed' : r.kind}): ${r.failure}`),
    ),
    worstPainted: byDesc(both, (p) => painted(p) ?? 0)
      .slice(0, 5)
      .map((p) => `${p.slug} ${ms(painted(p))} ms (floor ${ms(markedMs(p.floor))})`),
    worstRatio: byDesc(both, (p) => pageRatio(p) ?? 0)
      .slice(0, 5)
      .map((p) => `${p.slug} ×${fixed(pageRatio(p))}`),
    stages: {
      crosscheck: stageMedians(pages.map((p) => p.crosscheck)),
      floor: stageMedians(pages.map((p) => p.floor)),
    },
  };
}

function againstSummary(pages: readonly BrowserPageResult[]): BrowserSummary['against'] {
  const paired = pages.filter(
    (p) => p.against && markedMs(p.against) !== null && markedMs(p.crosscheck) !== null,
  );
  if (paired.length === 0) return null;
  const theirs = paired.map((p) => markedMs(p.against!));
  const ours = paired.map((p) => markedMs(p.crosscheck));
  const floors = paired.map((p) => markedMs(p.floor));
  return {
    painted: spread(theirs),
    ratioOfMedians: ratio(median(ours), median(theirs)),
    medianOfRatios: median(paired.map((p) => ratio(markedMs(p.crosscheck), markedMs(p.against!)))),
    floorRatio: ratio(median(theirs), median(floors)),
    stages: stageMedians(paired.map((p) => p.against!)),
  };
}

const signed = (step: number) => `${step < 0 ? '' : '+'}${ms(step)}`;

export function formatBrowserSummary(name: string, s: BrowserSummary, paintNote: string): string {
  const line = (label: string, value: string) => `  ${label.padEnd(42)} ${value}`;
  const spreadText = (x: Spread) => `median ${ms(x.median)} ms, p90 ${ms(x.p90)} ms, max ${ms(x.max)} ms`;
  const states = Object.entries(s.states)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `${name} summary (${s.pages} pages; ${paintNote})`,
    line('popup end states', states),
    line('click → painted (Crosscheck)', spreadText(s.painted)),
    line('click → marked (floor, same pages)', spreadText(s.floorMarked)),
    line('ratio of medians (target ≤ 1.5)', fixed(s.ratioOfMedians)),
    line('median of per-page ratios', fixed(s.medianOfRatios)),
    line('click → popup done (Crosscheck)', spreadText(s.done)),
    line('click → popup done (floor)', spreadText(s.floorDone)),
    line('done: ratio of medians', fixed(s.doneRatioOfMedians)),
    ...(s.installedDone ? [line('as installed: click → popup done', spreadText(s.installedDone))] : []),
    line(
      'marks placed (target ≥ 98%)',
      `${s.marksPlaced}/${s.marksReported} = ${s.placedShare === null ? '-' : (100 * s.placedShare).toFixed(1)}%`,
    ),
    line('pages below 98% placed', s.pagesBelow98.join(', ') || 'none'),
    line('text changed by Crosscheck', s.textChanged.join(', ') || 'none'),
    line('text changes by itself (floor too)', s.textChangesByItself.join(', ') || 'none'),
    line(
      'our errors (target 0)',
      `${s.ourErrors}${s.pagesWithOurErrors.length ? ` on ${s.pagesWithOurErrors.join(', ')}` : ''}`,
    ),
    line('requests by the extension (target 0)', String(s.extensionRequests)),
    line(
      'left 127.0.0.1 during analysis (floor)',
      `${s.outsideInWindow.crosscheck.length} (${s.outsideInWindow.floor.length})${s.outsideInWindow.crosscheck.length ? `: ${s.outsideInWindow.crosscheck.slice(0, 5).join(', ')}` : ''}`,
    ),
    line('failed runs', s.failedRuns.join('; ') || 'none'),
    line('slowest pages (painted)', s.worstPainted.join('; ')),
    line('worst painted/floor ratios', s.worstRatio.join('; ')),
    line('stages (median ms from the click)', '(per-page median step from the mark above)'),
    ...s.stages.crosscheck.map(([name, at, step]) =>
      line(`  ${name}`, `${ms(at).padStart(5)}${step === null ? '' : `  (${signed(step)})`}`),
    ),
    line(
      'floor stages',
      s.stages.floor
        .map(([name, at, step]) => `${name} ${ms(at)}${step === null ? '' : ` (${signed(step)})`}`)
        .join(', '),
    ),
    ...(s.against ? againstLines(s.against, line, spreadText) : []),
  ].join('\n');
}

function againstLines(
  a: NonNullable<BrowserSummary['against']>,
  line: (label: string, value: string) => string,
  spreadText: (x: Spread) => string,
): string[] {
  return [
    line('--against build: click → painted', spreadText(a.painted)),
    line('--against build: ratio to the floor', fixed(a.floorRatio)),
    line('this build / --against, ratio of medians', fixed(a.ratioOfMedians)),
    line('this build / --against, per-page median', fixed(a.medianOfRatios)),
    line(
      '--against stages',
      a.stages
        .map(([name, at, step]) => `${name} ${ms(at)}${step === null ? '' : ` (${signed(step)})`}`)
        .join(', '),
    ),
  ];
}

export function nodeTable(pages: readonly NodePageResult[]): string {
  return table(
    ['page', 'outcome', 'whole', 'floor', 'ratio', 'parse', 'read', 'analyze', 'claims'],
    pages.map((p) => [
      p.slug,
      p.outcome,
      ms(p.wholeMs),
      ms(p.floorMs),
      fixed(ratio(p.wholeMs, p.floorMs)),
      ms(p.parseMs),
      ms(p.readMs),
      ms(p.analyzeMs),
      String(p.claims),
    ]),
  );
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

export function summarizeNode(pages: readonly NodePageResult[]) {
  const byRatio = [...pages].sort(
    (a, b) => (ratio(b.wholeMs, b.floorMs) ?? 0) - (ratio(a.wholeMs, a.floorMs) ?? 0),
  );
  return {
    pages: pages.length,
    whole: { median: median(pages.map((p) => p.wholeMs)), p90: p90(pages.map((p) => p.wholeMs)) },
    floor: { median: median(pages.map((p) => p.floorMs)), p90: p90(pages.map((p) => p.floorMs)) },
    ratioOfMedians: ratio(median(pages.map((p) => p.wholeMs)), median(pages.map((p) => p.floorMs))),
    medianOfRatios: median(pages.map((p) => ratio(p.wholeMs, p.floorMs))),
    /** A bulk run's total time: the sum over pages, whole path against floor. */
    total: { whole: sum(pages.map((p) => p.wholeMs)), floor: sum(pages.map((p) => p.floorMs)) },
    stages: {
      parse: median(pages.map((p) => p.parseMs)),
      read: median(pages.map((p) => p.readMs)),
      analyze: median(pages.map((p) => p.analyzeMs)),
    },
    errors: pages.filter((p) => p.error).map((p) => `${p.slug}: ${p.error}`),
    worstRatio: byRatio
      .slice(0, 5)
      .map(
        (p) => `${p.slug} ×${fixed(ratio(p.wholeMs, p.floorMs))} (${ms(p.wholeMs)} vs ${ms(p.floorMs)} ms)`,
      ),
  };
}

export function formatNodeSummary(s: ReturnType<typeof summarizeNode>): string {
  const line = (label: string, value: string) => `  ${label.padEnd(34)} ${value}`;
  return [
    `Node (CLI path) summary (${s.pages} pages)`,
    line('whole analysis', `median ${ms(s.whole.median)} ms, p90 ${ms(s.whole.p90)} ms`),
    line('parse + Readability (floor)', `median ${ms(s.floor.median)} ms, p90 ${ms(s.floor.p90)} ms`),
    line('ratio of medians', fixed(s.ratioOfMedians)),
    line('median of per-page ratios', fixed(s.medianOfRatios)),
    line(
      'total over pages (target ≤ 1.3)',
      `${ms(s.total.whole)} vs ${ms(s.total.floor)} ms = ${fixed(ratio(s.total.whole, s.total.floor))}`,
    ),
    line(
      'stage medians',
      `parse ${ms(s.stages.parse)}, read (boxes + extraction) ${ms(s.stages.read)}, analyze ${ms(s.stages.analyze)} ms`,
    ),
    line('errors', s.errors.join('; ') || 'none'),
    line('worst ratios', s.worstRatio.join('; ')),
  ].join('\n');
}

export function summarizeProcesses(bench: ProcessBench) {
  const { help, bulk } = bench;
  return {
    help: {
      cli: median(help.cli),
      cliMin: Math.min(...help.cli),
      node: median(help.node),
      cliCpu: median(help.cliCpu),
      nodeCpu: median(help.nodeCpu),
      npx: median(help.npx),
    },
    bulk: {
      pages: bulk.pages,
      cli: median(bulk.cli),
      floor: median(bulk.floor),
      ratio: ratio(median(bulk.cli), median(bulk.floor)),
      cliCpu: median(bulk.cliCpu),
      floorCpu: median(bulk.floorCpu),
      cpuRatio: ratio(median(bulk.cliCpu), median(bulk.floorCpu)),
      lines: `${bulk.cliLines} / ${bulk.floorLines}`,
    },
  };
}

export function formatProcessSummary(s: ReturnType<typeof summarizeProcesses>): string {
  const line = (label: string, value: string) => `  ${label.padEnd(38)} ${value}`;
  return [
    'Node: whole processes (medians; wall clock, and CPU time of the process)',
    line(
      'node bin/crosscheck.mjs --help',
      `${ms(s.help.cli)} ms (fastest ${ms(s.help.cliMin)}; target ≤ 150), CPU ${ms(s.help.cliCpu)} ms`,
    ),
    line('node -e 0 (Node alone)', `${ms(s.help.node)} ms, CPU ${ms(s.help.nodeCpu)} ms`),
    line('npx crosscheck --help', `${ms(s.help.npx)} ms (npm's own start and tree walk included)`),
    line(`analyze ${s.bulk.pages} pages --json`, `${ms(s.bulk.cli)} ms, CPU ${ms(s.bulk.cliCpu)} ms`),
    line('floor process (parse + Readability)', `${ms(s.bulk.floor)} ms, CPU ${ms(s.bulk.floorCpu)} ms`),
    line('ratio (target ≤ 1.3)', `${fixed(s.bulk.ratio)} wall clock, ${fixed(s.bulk.cpuRatio)} CPU`),
    line('lines out (CLI / floor)', s.bulk.lines),
  ].join('\n');
}
