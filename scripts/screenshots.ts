// Screenshots of the reading experience for the README, taken in real Chromium from the test build:
// the popup on seed-000 (summary first, then its promotions) and seed-002, the calm page of seed-002 (quiet
// marks, the legend offering "not found"), seed-000 with the evidence card of its injected promotion, and
// the options page, and the popup on a wire brief whose story an imported pack covers (the sport dev set), each
// in the light and the dark theme.
//
//   npx tsx scripts/screenshots.ts            # builds the Chrome test build first
//   CROSSCHECK_E2E_SKIP_BUILD=1 npx tsx scripts/screenshots.ts
//
// Writes docs/screenshots/<name>-<light|dark>.png (at most 1000 px wide). Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { devSetPack, devSetPageHtml } from '../tests/e2e/harness/dev-set-pages.ts';
import { launchDriver, type ExtensionDriver } from '../tests/e2e/harness/extension-driver.ts';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/harness/fixture-server.ts';
import { REPO_ROOT } from '../tests/e2e/harness/paths.ts';
import { readSettledPopup } from '../tests/e2e/harness/popup-view.ts';
import {
  pollUntil,
  highlightName,
  highlightRanges,
  pointInside,
  waitForCard,
  type MarkCategory,
  type RangeInfo,
} from '../tests/e2e/harness/reading-ui.ts';

const OUT_DIR = path.join(REPO_ROOT, 'docs/screenshots');
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const PAGE_VIEWPORT = { width: 1000, height: 680 };
const POPUP_WIDTH = 420;

async function emulate(pages: readonly Page[], scheme: Scheme): Promise<void> {
  for (const page of pages)
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
}

async function shoot(page: Page, name: string, scheme: Scheme): Promise<void> {
  const file = path.join(OUT_DIR, `${name}-${scheme}.png`);
  await page.screenshot({ path: file as `${string}.png` });
  console.log(`screenshots: ${path.relative(REPO_ROOT, file)}`);
}

/**
 * The popup for `url`, settled. It is opened as a tab (it then analyses the page opened just before it, as
 * Firefox's tests do), so the picture can show all of it: a real popup window cannot grow past 600 px.
 */
async function popupFor(driver: ExtensionDriver, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await driver.openPage(url);
  await page.setViewport(PAGE_VIEWPORT);
  const popup = await driver.browser.newPage();
  await popup.setViewport({ width: POPUP_WIDTH, height: 600 });
  await popup.goto(driver.extensionUrl('popup.html'), { waitUntil: 'load' });
  const view = await readSettledPopup(popup);
  if (view.state !== 'ready') throw new Error(`${url}: the popup says ${view.state}: ${view.status}`);
  return { page, popup };
}

/** Sizes the popup tab to its content, at most `maxHeight` tall, and scrolls it to the top. */
async function fitPopup(popup: Page, maxHeight: number): Promise<void> {
  await popup.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  const height = (await popup.evaluate('document.documentElement.scrollHeight')) as number;
  await popup.setViewport({ width: POPUP_WIDTH, height: Math.min(height, maxHeight) });
}

/** Folds the popup's long sections so the picture shows every kind of section (the reader can too). */
async function foldSections(popup: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    const summary = await popup.$(`[data-testid="section-${id}"][open] > summary`);
    if (summary) await summary.click();
  }
}

/** Hovers the longest passage of `category` with the mouse, near the top, and waits for its card. */
async function openCard(page: Page, category: MarkCategory): Promise<void> {
  const longest = async () =>
    (await highlightRanges(page, highlightName(category))).reduce<RangeInfo | undefined>(
      (best, range) => (!best || range.text.length > best.text.length ? range : best),
      undefined,
    );
  let range = await longest();
  if (!range) throw new Error(`No ${category} passage to hover`);
  await page.evaluate(`window.scrollBy(0, ${range.firstLine.top - 150})`);
  range = (await longest())!;
  const point = pointInside(range.firstLine);
  await page.mouse.move(point.x, point.y);
  if (!(await waitForCard(page, true))) throw new Error('The evidence card did not open');
}

/** Scrolls the page so its first `category` mark sits a third of the way down. */
async function scrollToFirst(page: Page, category: MarkCategory): Promise<void> {
  const range = (await highlightRanges(page, highlightName(category)))[0];
  if (range) await page.evaluate(`window.scrollBy(0, ${range.firstLine.top - PAGE_VIEWPORT.height / 3})`);
}

async function main(): Promise<void> {
  if (process.env.CROSSCHECK_E2E_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CROSSCHECK_E2E: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startFixtureServer();
  const driver = await launchDriver('chromium');
  let briefServer: FixtureServer | undefined;
  try {
    // The popup on a page with a promotion: the summary, then the promotions (the long sections folded,
    // so every section shows), and on one without.
    const seed000 = await popupFor(driver, server.url('seed-000-peace-talks.html'));
    await foldSections(seed000.popup, ['missing', 'corroborated']);
    await fitPopup(seed000.popup, 1_100);
    for (const scheme of SCHEMES) {
      await emulate([seed000.popup], scheme);
      await shoot(seed000.popup, 'popup-seed-000', scheme);
    }
    await seed000.popup.close();
    const seed002 = await popupFor(driver, server.url('seed-002-security-guarantees.html'));
    await fitPopup(seed002.popup, 600);
    for (const scheme of SCHEMES) {
      await emulate([seed002.popup], scheme);
      await shoot(seed002.popup, 'popup-seed-002', scheme);
    }
    await seed002.popup.close();

    // The calm page: seed-002 with its quiet marks and the legend ("not found" offered, not shown).
    await seed002.page.bringToFront();
    await scrollToFirst(seed002.page, 'corroborated');
    await seed002.page.mouse.move(2, 2);
    for (const scheme of SCHEMES) {
      await emulate([seed002.page], scheme);
      await shoot(seed002.page, 'page-seed-002', scheme);
    }
    await seed002.page.close();

    // The page with an injected promotion: its strong mark and its card, in plain words.
    await seed000.page.bringToFront();
    await openCard(seed000.page, 'promotion');
    for (const scheme of SCHEMES) {
      await emulate([seed000.page], scheme);
      await waitForCard(seed000.page, true);
      await shoot(seed000.page, 'page-seed-000', scheme);
    }

    const options = await driver.openPage(driver.extensionUrl('options.html'));
    await options.setViewport({ width: 1000, height: 900 });
    await options.waitForSelector('[data-testid="privacy-statement"]');
    for (const scheme of SCHEMES) {
      await emulate([options], scheme);
      await shoot(options, 'options', scheme);
    }

    // A story the library covers: the sport dev set's references imported as a pack, then a wire brief on the
    // match: the coverage, and the facts the brief leaves out, each with how many references report it.
    const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-screenshots-'));
    writeFileSync(path.join(dir, 'sport.jsonl'), devSetPack('sport'));
    writeFileSync(path.join(dir, 'brief.html'), devSetPageHtml('sport', 'brief.txt', 'Coastal Wire'));
    await options.waitForSelector('[data-testid="library-summary"]');
    const input = (await options.$('#library-import')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path.join(dir, 'sport.jsonl'));
    const imported = () =>
      options.evaluate(
        `document.querySelector('[data-testid="import-report"]').textContent`,
      ) as Promise<string>;
    await pollUntil(imported, (text) => text !== '', 30_000);
    briefServer = await startFixtureServer(dir);
    const brief = await popupFor(driver, briefServer.url('brief.html'));
    await foldSections(brief.popup, ['corroborated']);
    await fitPopup(brief.popup, 1_000);
    for (const scheme of SCHEMES) {
      await emulate([brief.popup], scheme);
      await shoot(brief.popup, 'popup-sport-brief', scheme);
    }
  } finally {
    await driver.close();
    await server.close();
    await briefServer?.close();
  }
}

await main();
