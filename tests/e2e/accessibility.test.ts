import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type AnalysedPage } from './harness/analyse-page.ts';
import { describeViolations, runAxe } from './harness/axe.ts';
import { useColorScheme, type ColorScheme } from './harness/color-scheme.ts';
import { launchDriver, type BrowserName, type ExtensionDriver } from './harness/extension-driver.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import {
  CATEGORY_LABEL,
  LEGEND_COLLAPSE,
  LEGEND_EXPAND,
  LEGEND_NEXT,
  MARK_CATEGORIES,
  foldedLegend,
  clickInPageUi,
  evidenceCard,
  highlightName,
  highlightNames,
  legend,
  pollUntil,
  popupPassages,
  squash,
  unquote,
  showsPassage,
  waitForCard,
  waitForFlash,
} from './harness/reading-ui.ts';

// Issue 4, "Accessibility": axe-core finds 0 violations in the popup and the options page, in the light and
// the dark theme; the popup, the in-page legend and the evidence cards work from the keyboard alone.
// Chromium emulates prefers-color-scheme per page; Firefox switches its system theme (color-scheme.ts).
// Order matters in Chromium: a click in the page closes the real popup, so the popup's tests come first.

const SEED_000 = 'seed-000-peace-talks.html';
const SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** The font size of the body and of the root element, which the extension's stylesheets set. */
const FONT_SIZES = `({ root: getComputedStyle(document.documentElement).fontSize, body: getComputedStyle(document.body).fontSize })`;

const backgroundOf = (page: Page) =>
  page.evaluate('getComputedStyle(document.body).backgroundColor') as Promise<string>;

/** The element that has the keyboard focus, looking into the Crosscheck shadow root of the page. */
const FOCUSED = `(() => {
  const active = document.activeElement;
  const inner = active?.shadowRoot?.activeElement ?? null;
  const element = inner ?? active;
  if (!element) return null;
  return {
    inPageUi: Boolean(inner),
    tag: element.tagName.toLowerCase(),
    testid: element.getAttribute('data-testid'),
    label: element.getAttribute('aria-label'),
    text: element.textContent.trim(),
    index: element.dataset?.e2eIndex ?? null,
  };
})()`;

interface Focused {
  inPageUi: boolean;
  tag: string;
  testid: string | null;
  label: string | null;
  text: string;
  index: string | null;
}

async function pressShiftTab(page: Page): Promise<Focused | null> {
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  return (await page.evaluate(FOCUSED)) as Focused | null;
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (browserName) => {
  let server: FixtureServer;
  let driver: ExtensionDriver;
  let analysed: AnalysedPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(browserName);
    analysed = await analysePage(driver, server.url(SEED_000), `a11y-${SEED_000}`);
    expect(analysed.view.state, analysed.view.status ?? '').toBe('ready');
  });

  afterAll(async () => {
    await analysed?.close();
    await driver?.close();
    await server?.close();
  });

  it('popup: axe finds no violation in the light and the dark theme', async () => {
    const { popup } = analysed;
    // Firefox throttles the timers of background tabs, and axe runs on timers.
    if (browserName === 'firefox') await popup.bringToFront();
    const backgrounds = new Set<string>();
    for (const scheme of SCHEMES) {
      await useColorScheme(browserName, driver.browser, popup, scheme);
      backgrounds.add(await backgroundOf(popup));
      const violations = await runAxe(popup);
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    // The dark theme really applied: the popup's background changed.
    expect(backgrounds.size).toBe(2);
    await useColorScheme(browserName, driver.browser, popup, 'light');
  });

  it('popup: text is at the size the stylesheet sets', async () => {
    // Chromium gives extension pages `body { font-size: 75% }` unless their CSS sets the body's font.
    const sizes = (await analysed.popup.evaluate(FONT_SIZES)) as { root: string; body: string };
    expect(sizes.body, JSON.stringify(sizes)).toBe(sizes.root);
  });

  it('popup: Tab reaches every item, and Enter on one shows its passage in the page', async () => {
    const { popup, page } = analysed;
    if (browserName === 'firefox') await popup.bringToFront();
    const passages = await popupPassages(popup);
    // Items of a folded section ("not found") are reached once the reader opens it.
    const unfolded = passages.filter((p) => !p.folded).length;
    expect(unfolded).toBeGreaterThan(0);
    await popup.evaluate(
      `document.activeElement?.blur(); document.querySelectorAll('button.passage').forEach((button, i) => { button.dataset.e2eIndex = String(i); })`,
    );
    const reached = new Set<string>();
    let focused: Focused | null = null;
    // Every summary count, section summary and item button once, plus slack for the browser's own stops.
    for (let presses = 0; presses < passages.length + 20 && reached.size < unfolded; presses += 1) {
      await popup.keyboard.press('Tab');
      focused = (await popup.evaluate(FOCUSED)) as Focused | null;
      if (focused?.index != null) reached.add(focused.index);
    }
    expect(reached.size, 'item buttons reached with Tab').toBe(unfolded);
    expect([...reached].every((index) => !passages[Number(index)]!.folded)).toBe(true);

    // Focus is on the last item now; Enter reveals it in the page.
    const last = passages[Number(focused!.index)]!;
    await popup.keyboard.press('Enter');
    const flash = await waitForFlash(analysed.page, 1_500, last.text);
    expect(flash, `Enter flashes "${unquote(last.text).slice(0, 60)}…" in the page`).not.toBeNull();
    expect(flash!.range.firstLine.top).toBeGreaterThanOrEqual(0);
    expect(flash!.range.firstLine.bottom).toBeLessThanOrEqual(flash!.viewport.innerHeight);
    expect(showsPassage(last.text, flash!.range.text)).toBe(true);
    await driver.showPageKeepingPopup(page);
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('page: the legend and the evidence cards work from the keyboard', async () => {
    const { page } = analysed;
    await driver.showPageKeepingPopup(page);
    await page.evaluate(
      '(document.activeElement?.shadowRoot?.activeElement ?? document.activeElement)?.blur(); getSelection().removeAllRanges()',
    );
    // The legend comes last in the page's focus order: Shift+Tab from the top reaches "Clear marks".
    const clear = await pressShiftTab(page);
    expect(clear).toMatchObject({ inPageUi: true, testid: 'legend-clear' });
    const next = await pressShiftTab(page);
    expect(next).toMatchObject({ inPageUi: true, tag: 'button' });
    expect(next!.text).toMatch(/^Next/);

    await page.keyboard.press('Enter');
    const status = await pollUntil(
      () => legend(page).then((view) => view?.status ?? ''),
      (text) => text.startsWith('Mark 1 of '),
    );
    expect(status).toMatch(/^Mark 1 of \d+, /);
    const card = await waitForCard(page, true);
    expect(card, 'Next opens the card of the mark it reaches').not.toBeNull();
    expect(card!.role).toBe('dialog');
    expect(card!.label).toBe(`${card!.kind}: evidence`);
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();

    // Shift+Tab on to the last category checkbox; Space hides that category, Space again shows it.
    let focused = await pressShiftTab(page);
    for (let presses = 0; presses < 4 && focused?.tag !== 'input'; presses += 1)
      focused = await pressShiftTab(page);
    expect(focused).toMatchObject({ inPageUi: true, tag: 'input' });
    const category = MARK_CATEGORIES.find((c) => focused!.testid === `legend-toggle-${c}`);
    expect(category, `${focused!.testid} is a category toggle`).toBeDefined();
    // Space flips it (the last one may be "not found", off until asked for), Space again flips it back.
    const name = highlightName(category!);
    const markedAtFirst = (await highlightNames(page)).includes(name);
    for (const marked of [!markedAtFirst, markedAtFirst]) {
      await page.keyboard.press(' ');
      expect(
        (
          await pollUntil(
            () => highlightNames(page),
            (names) => names.includes(name) === marked,
          )
        ).includes(name),
      ).toBe(marked);
    }
    expect((await legend(page))?.labels.some((label) => label.startsWith(CATEGORY_LABEL[category!]))).toBe(
      true,
    );
    expect(await evidenceCard(page)).toBeNull();
  });

  it('page: axe finds no violation in the legend and an open evidence card, light and dark', async () => {
    const { page } = analysed;
    await driver.showPageKeepingPopup(page);
    await clickInPageUi(page, LEGEND_NEXT);
    expect(await waitForCard(page, true), 'Next opens a card').not.toBeNull();
    const cardBackgrounds = new Set<string>();
    for (const scheme of SCHEMES) {
      await useColorScheme(browserName, driver.browser, page, scheme);
      cardBackgrounds.add(
        (await page.evaluate(
          `getComputedStyle(document.querySelector('crosscheck-ui').shadowRoot.querySelector('[data-testid="evidence-card"]')).backgroundColor`,
        )) as string,
      );
      const violations = await runAxe(page, { include: { fromShadowDom: ['crosscheck-ui', '.overlay'] } });
      expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
    }
    expect(cardBackgrounds.size).toBe(2);
    await useColorScheme(browserName, driver.browser, page, 'light');
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();

    // The legend folded to its button, and unfolded again (the choice is remembered).
    await clickInPageUi(page, LEGEND_COLLAPSE);
    expect(
      await pollUntil(
        () => foldedLegend(page),
        (text) => text !== null,
      ),
    ).not.toBeNull();
    const folded = await runAxe(page, { include: { fromShadowDom: ['crosscheck-ui', '.overlay'] } });
    expect(folded, `folded legend:\n${describeViolations(folded)}`).toEqual([]);
    await clickInPageUi(page, LEGEND_EXPAND);
    expect(
      await pollUntil(
        () => legend(page),
        (view) => view !== null,
      ),
    ).not.toBeNull();
  });

  it('options page: axe finds no violation in the light and the dark theme; text at the size the stylesheet sets', async () => {
    const options = await driver.openPage(driver.extensionUrl('options.html'));
    try {
      await options.waitForSelector('[data-testid="privacy-statement"]', { timeout: 10_000 });
      const backgrounds = new Set<string>();
      for (const scheme of SCHEMES) {
        await useColorScheme(browserName, driver.browser, options, scheme);
        backgrounds.add(await backgroundOf(options));
        const violations = await runAxe(options);
        expect(violations, `${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      expect(backgrounds.size).toBe(2);
      // Text at the size the stylesheet sets (see the popup's test).
      const sizes = (await options.evaluate(FONT_SIZES)) as { root: string; body: string };
      expect(sizes.body, JSON.stringify(sizes)).toBe(sizes.root);
    } finally {
      await useColorScheme(browserName, driver.browser, options, 'light').catch(() => undefined);
      await options.close();
    }
  });
});
