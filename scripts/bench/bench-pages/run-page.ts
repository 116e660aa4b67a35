import type { Browser, ConsoleMessage, Dialog, HTTPRequest, Page } from 'puppeteer-core';
import { pageVisibleText } from '../../../tests/e2e/harness/page-text.ts';
import { probeScript, readPopup, readProbe, SETTLED, type PopupReading } from './probe.ts';
import { readStages, type Stages } from './stages.ts';

/** `against`: another build of Crosscheck, timed on the same pages for an A/B (bench-pages --against). */
export type ExtensionKind = 'crosscheck' | 'floor' | 'against';

export interface BenchError {
  /** page-own: the page's scripts (not counted against the extension); the others are ours. */
  source: 'page-own' | 'content-script' | 'extension';
  text: string;
}

/** One press of one extension's button on one freshly loaded page. */
export interface RunResult {
  kind: ExtensionKind;
  loadMs: number;
  popup: PopupReading;
  /** click → the popup left its loading state (Node's clock, CDP round trip included). */
  doneMs: number | null;
  /** click → a highlight registered in the page (main world MutationObserver). */
  registeredMs: number | null;
  /** click → the next animation frame after registration (only in a foreground tab). */
  paintedMs: number | null;
  /** Highlight ranges the page itself can see under the extension's names after the run. */
  rangesInPage: number | null;
  textChanged: boolean | null;
  /** Where the text first differs, when it does. */
  textDiff?: string;
  errors: BenchError[];
  /** Page requests between the click and the end of the run (any initiator). */
  windowRequests: string[];
  /** Requests attributed to the extension: its pages, or initiated from its scripts. */
  extensionRequests: string[];
  /** Requests that reached the refusing proxy (left 127.0.0.1) between the click and the end of the run,
   * browser's own hosts left out: the extension's (popup, content script, background) or the page's. */
  outsideInWindow: string[];
  /** ms from the click to each `crosscheck:*` mark of the popup and the page agent (stages.ts). */
  stages?: Stages;
  failure?: string;
}

export interface RunSpec {
  kind: ExtensionKind;
  browser: Browser;
  url: string;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  origin: string;
  highlightNames: readonly string[];
  /** Whether the page stays the foreground tab after the click (Chromium) so its next frame paints the marks. */
  foreground: boolean;
  /** Presses the button (or opens the popup): returns the click time and the popup page. */
  trigger(page: Page): Promise<{ clickAt: number; popup: Page }>;
  /** Requests that reached the proxy so far, the browser's own left out. */
  outsideRequests(): string[];
  /** Extension errors seen elsewhere (e.g. the service worker), with times. */
  backgroundErrors?: { at: number; text: string }[];
}

const RUN_TIMEOUT_MS = 40_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Timed<T> {
  at: number;
  value: T;
}

function describeConsole(message: ConsoleMessage): string {
  const where = message.location()?.url ?? '';
  return `${message.text()}${where ? ` @ ${where}` : ''}`;
}

export async function runOnce(spec: RunSpec): Promise<RunResult> {
  const page = await spec.browser.newPage();
  let popup: Page | null = null;
  const pageErrors: Timed<string>[] = [];
  const popupErrors: string[] = [];
  const pageRequests: Timed<{ url: string; initiator: string }>[] = [];
  const popupRequests: string[] = [];
  page.on('pageerror', (error: unknown) =>
    pageErrors.push({
      at: Date.now(),
      value: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error),
    }),
  );
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') pageErrors.push({ at: Date.now(), value: describeConsole(message) });
  });
  // Saved pages may call alert() (remove-script-tags): a dialog left open blocks the load event.
  page.on('dialog', (dialog: Dialog) => {
    pageErrors.push({ at: Date.now(), value: `dialog ${dialog.type()}: ${dialog.message()} (dismissed)` });
    dialog.dismiss().catch(() => undefined);
  });
  page.on('request', (request: HTTPRequest) => {
    let initiator = '';
    try {
      initiator = JSON.stringify(request.initiator() ?? '');
    } catch {
      // BiDi may not know the initiator.
    }
    pageRequests.push({ at: Date.now(), value: { url: request.url(), initiator } });
  });
  const result: RunResult = {
    kind: spec.kind,
    loadMs: 0,
    popup: { state: null, status: null, placed: null, total: null },
    doneMs: null,
    registeredMs: null,
    paintedMs: null,
    rangesInPage: null,
    textChanged: null,
    errors: [],
    windowRequests: [],
    extensionRequests: [],
    outsideInWindow: [],
  };
  let outsideBefore = 0;
  let clickAt = Infinity;
  let endAt = Infinity;
  const measure = async () => {
    const loadStart = Date.now();
    await page.goto(spec.url, { waitUntil: 'load', timeout: 30_000 }).catch(async (error: unknown) => {
      // Firefox's BiDi navigate fails with "Address rejected" when a subframe's address is refused (by the
      // proxy), while the page itself loads on: wait for its load event instead.
      if (!String(error).includes('Address rejected')) throw error;
      await page.waitForFunction(
        `location.href === ${JSON.stringify(spec.url)} && document.readyState === 'complete'`,
        { timeout: 30_000 },
      );
    });
    result.loadMs = Date.now() - loadStart;
    await sleep(100);
    const textBefore = await pageVisibleText(page);
    await page.evaluate(probeScript(spec.highlightNames));
    outsideBefore = spec.outsideRequests().length;
    const triggered = await spec.trigger(page);
    clickAt = triggered.clickAt;
    popup = triggered.popup;
    popup.on('pageerror', (error: unknown) =>
      popupErrors.push(error instanceof Error ? error.message : String(error)),
    );
    popup.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') popupErrors.push(describeConsole(message));
    });
    popup.on('request', (request: HTTPRequest) => popupRequests.push(request.url()));
    await popup.waitForSelector(SETTLED, { timeout: 30_000 });
    result.doneMs = Date.now() - clickAt;
    result.popup = await readPopup(popup);
    // The page paints on its own schedule: give the probe up to a second to see the frame. A background tab
    // (Firefox: the popup is a tab) paints at 1 Hz, so there the registration is what counts.
    let probe = await readProbe(page, spec.highlightNames);
    for (
      let waited = 0;
      spec.foreground && probe.registered !== null && probe.frame === null && waited < 1000;
      waited += 50
    ) {
      await sleep(50);
      probe = await readProbe(page, spec.highlightNames);
    }
    result.registeredMs = probe.registered === null ? null : probe.registered - clickAt;
    result.paintedMs = probe.frame === null || !spec.foreground ? null : probe.frame - clickAt;
    result.rangesInPage = probe.ranges;
    result.stages = { ...(await readStages(popup, clickAt)), ...(await readStages(page, clickAt)) };
    const textAfter = await pageVisibleText(page);
    result.textChanged = textAfter !== textBefore;
    if (result.textChanged) result.textDiff = firstDifference(textBefore, textAfter);
    endAt = Date.now();
  };
  try {
    await Promise.race([
      measure(),
      sleep(RUN_TIMEOUT_MS).then(() => {
        throw new Error(`run timed out after ${RUN_TIMEOUT_MS} ms`);
      }),
    ]);
  } catch (error) {
    result.failure = error instanceof Error ? error.message.split('\n')[0] : String(error);
    endAt = Date.now();
  } finally {
    await (popup as Page | null)?.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
  for (const { at, value } of pageErrors) {
    const ours = value.includes(spec.origin);
    result.errors.push({
      source: ours ? 'content-script' : 'page-own',
      text: `${at >= clickAt ? 'after' : 'before'} click: ${value}`,
    });
  }
  for (const text of popupErrors) result.errors.push({ source: 'extension', text: `popup: ${text}` });
  for (const { at, text } of spec.backgroundErrors ?? []) {
    if (at >= clickAt && at <= endAt)
      result.errors.push({ source: 'extension', text: `background: ${text}` });
  }
  if (clickAt !== Infinity) result.outsideInWindow = spec.outsideRequests().slice(outsideBefore);
  const inWindow = pageRequests.filter(({ at }) => at >= clickAt && at <= endAt).map(({ value }) => value);
  result.windowRequests = inWindow.map((request) => request.url);
  result.extensionRequests = [
    ...popupRequests.filter((url) => !url.startsWith(spec.origin)),
    ...inWindow
      .filter((request) => request.initiator.includes(spec.origin) && !request.url.startsWith(spec.origin))
      .map((request) => request.url),
  ];
  return result;
}

function firstDifference(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  const show = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
  return `at ${at}: before ${show(before)} after ${show(after)}`;
}
