import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type AnalysedPage } from './harness/analyse-page.ts';
import { requestsNotFromBrowser } from './harness/browser-traffic.ts';
import { SEED_ARTICLES } from './harness/expected-articles.ts';
import { openBrowserSession, type BrowserSession } from './harness/browser-session.ts';
import type { BrowserName, ExtensionDriver } from './harness/extension-driver.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { highlightRangeCounts } from './harness/highlights.ts';
import { pageVisibleText } from './harness/page-text.ts';
import {
  CATEGORY_LABEL,
  FLASH_HIGHLIGHT,
  LEGEND_COLLAPSE,
  LEGEND_EXPAND,
  LEGEND_NEXT,
  LEGEND_PREVIOUS,
  foldedLegend,
  MARK_CATEGORIES,
  POPUP_SECTION,
  clickInPageUi,
  clickPopupPassage,
  evidenceCard,
  hasPageUi,
  highlightName,
  highlightRanges,
  isInViewport,
  legend,
  legendCounts,
  marksPlacedFooter,
  pageViewport,
  pointInside,
  pollUntil,
  popupEvidenceFor,
  popupItemCounts,
  popupPassages,
  squash,
  unquote,
  showsPassage,
  waitForCard,
  waitForFlash,
  waitForFlashGone,
  watchFlashUntilGone,
  type MarkCategory,
  type RangeInfo,
} from './harness/reading-ui.ts';
import type { RequestLogger } from './harness/request-logger.ts';
import { SIGNALS } from '../../lib/promotion/signals/index.ts';

// Issue 4, "Tested": popup click-through, marks per category, jump to a mark, card contents, legend toggles,
// page text unchanged, no request made by the extension, in real Chromium and Firefox on the seed pages.

const SEED_000 = 'seed-000-peace-talks.html';

const sum = (values: Iterable<number>) => [...values].reduce((total, n) => total + n, 0);

/** The passage an announcement names: "Mark 3 of 12, Corroborated: <passage>". */
const passageOf = (announcement: string) => announcement.replace(/^Mark \d+ of \d+, [^:]+: /, '');

/** Every marked range in the page, with its category. */
async function allRanges(page: Page): Promise<{ category: MarkCategory; range: RangeInfo }[]> {
  const out: { category: MarkCategory; range: RangeInfo }[] = [];
  for (const category of MARK_CATEGORIES) {
    for (const range of await highlightRanges(page, highlightName(category))) out.push({ category, range });
  }
  return out;
}

/**
 * The popup's sections and footer agree with the page: per category, the page marks the section's passages
 * minus the ones it could not place; a category the page shows only when asked ("not found", off in a calm
 * page) is listed in the legend, unticked, with the passages it found. "X of Y passages found": X ≥ 98 % of Y.
 */
async function expectMarksMatchPopup(analysed: AnalysedPage): Promise<void> {
  const { popup, page, marks } = analysed;
  const items = await popupItemCounts(popup);
  const footer = await marksPlacedFooter(popup);
  const passages = await popupPassages(popup);
  // The legend appears once the page agent has read whether the reader folded it.
  const legendView = await pollUntil(
    () => legend(page),
    (view) => view !== null,
  );
  expect(legendView).not.toBeNull();
  const found = legendCounts(legendView!.labels);

  expect(Object.keys(marks).filter((name) => !name.startsWith('crosscheck-'))).toEqual([]);
  expect(marks).not.toHaveProperty(FLASH_HIGHLIGHT);
  // Every seed story is covered by other seeds, so each one has something to mark.
  expect(sum(Object.values(items))).toBeGreaterThan(0);

  // A calm page: "not found" is found in the page but not marked until the reader asks.
  expect(marks).not.toHaveProperty(highlightName('unsupported'));
  if ((found.unsupported ?? 0) > 0) expect(legendView!.toggles.unsupported).toBe(false);

  // "X of Y passages found in the page": Y is what the popup lists, X what the page found.
  expect(footer, 'the popup footer "X of Y passages found in the page"').not.toBeNull();
  expect(footer!.total).toBe(sum(Object.values(items)));
  expect(footer!.placed).toBe(sum(Object.values(found)));
  expect(footer!.placed).toBeGreaterThanOrEqual(0.98 * footer!.total);

  let unplaced = 0;
  for (const category of MARK_CATEGORIES) {
    const listed = passages.filter((p) => p.section === POPUP_SECTION[category]).map((p) => p.text);
    expect(listed.length, `${category}: buttons in the popup section`).toBe(items[category]);
    const shown = legendView!.toggles[category] !== false;
    const ranges = (await highlightRanges(page, highlightName(category))).map((r) => squash(r.text));
    if (!shown) {
      expect(ranges, `${category} is not marked until asked for`).toEqual([]);
      expect(found[category] ?? 0).toBeLessThanOrEqual(items[category]);
      unplaced += items[category] - (found[category] ?? 0);
      continue;
    }
    // Each mark is one of the section's passages (as often as the section lists it)…
    const left = [...listed];
    for (const text of ranges) {
      const at = left.findIndex((shown) => showsPassage(shown, text));
      expect(at, `${category} mark "${text.slice(0, 80)}" is listed in the popup`).toBeGreaterThanOrEqual(0);
      left.splice(at, 1);
    }
    // …and the section's other passages are the ones the page could not place.
    expect(ranges.length + left.length).toBe(items[category]);
    expect(found[category] ?? 0).toBe(ranges.length);
    unplaced += left.length;
  }
  expect(unplaced).toBe(footer!.total - footer!.placed);

  expect(analysed.textAfter).toBe(analysed.textBefore);
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (browserName) => {
  let session: BrowserSession;
  let server: FixtureServer;
  let logger: RequestLogger;
  let driver: ExtensionDriver;
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession(browserName);
    ({ server, logger, driver } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  async function analyse(fileName: string): Promise<AnalysedPage> {
    const analysed = await analysePage(driver, server.url(fileName), `reading-${fileName}`);
    outsideRequests.push(...analysed.outsideRequests);
    expect(analysed.view.state, analysed.view.status ?? '').toBe('ready');
    return analysed;
  }

  it.each(SEED_ARTICLES.map((article) => article.page).filter((page) => page !== SEED_000))(
    'marks in %s as many passages per category as the popup lists',
    async (fileName) => {
      const analysed = await analyse(fileName);
      try {
        await expectMarksMatchPopup(analysed);
      } finally {
        await analysed.close();
      }
    },
  );

  describe(`on ${SEED_000}`, () => {
    let analysed: AnalysedPage;
    let bodyHtmlBefore: string;
    /** When the last popup click revealed a mark (flash timers of earlier reveals end 1.2 s later). */
    let lastRevealAt = 0;

    beforeAll(async () => {
      analysed = await analyse(SEED_000);
      // analysePage took its screenshot with the page in front (Firefox); the reader is in the popup again.
      if (browserName === 'firefox') await analysed.popup.bringToFront();
      bodyHtmlBefore = (await analysed.page.evaluate('document.body.innerHTML')) as string;
    });

    afterAll(async () => {
      await analysed?.close();
    });

    it('marks as many passages per category as the popup lists', async () => {
      await expectMarksMatchPopup(analysed);
    });

    it('marks strongly only what the reader should act on, and gives each category its own line', async () => {
      const styles = (await analysed.page.evaluate(
        `document.getElementById('crosscheck-highlight-styles')?.textContent ?? ''`,
      )) as string;
      const decorations = MARK_CATEGORIES.map((category) => {
        const rule =
          styles.match(new RegExp(`::highlight\\(${highlightName(category)}\\)\\s*\\{([^}]*)\\}`))?.[1] ?? '';
        return {
          category,
          line: rule.match(/text-decoration:\s*underline\s+(solid|wavy|dotted|dashed|double)/)?.[1],
          thickness: Number(rule.match(/text-decoration:[^;]*?(\d+)px/)?.[1] ?? 0),
          background: rule.match(/background-color:\s*([^;]+)/)?.[1]?.trim(),
        };
      });
      const of = (category: MarkCategory) => decorations.find((d) => d.category === category)!;
      // Strong: a tinted background (and a thick line) where the reader should act.
      for (const category of ['conflicting', 'promotion'] as const) {
        expect(of(category).background, `${category} has a background`).toBeDefined();
        expect(of(category).thickness).toBeGreaterThanOrEqual(2);
      }
      // Quiet: a thin line and no background for what agrees, and for what the references lack.
      for (const category of ['corroborated', 'unsupported'] as const) {
        expect(of(category).background, `${category} has no background`).toBeUndefined();
        expect(of(category).thickness).toBe(1);
      }
      // No category depends on colour alone: four different line styles.
      for (const { category, line } of decorations)
        expect(line, `${category} has an underline`).toBeDefined();
      expect(new Set(decorations.map((d) => d.line)).size).toBe(MARK_CATEGORIES.length);
      // The seed page has both kinds painted: quiet corroborated marks and a strong promotion.
      expect(analysed.marks[highlightName('corroborated')] ?? 0).toBeGreaterThan(0);
      expect(analysed.marks[highlightName('promotion')] ?? 0).toBeGreaterThan(0);
    });

    it('scrolls the page to a passage clicked in the popup and flashes it', async () => {
      const { page, popup } = analysed;
      const passages = await popupPassages(popup);
      const before = await pageViewport(page);
      expect(before.scrollY).toBe(0);

      // The mark furthest down the page, out of view, and the popup button that lists it.
      const ranges = await allRanges(page);
      const lowest = ranges.reduce((a, b) => (b.range.box.top > a.range.box.top ? b : a));
      expect(lowest.range.box.top, 'the seed page has a mark below the first screen').toBeGreaterThan(
        before.innerHeight,
      );
      const far = passages.findIndex(
        (p) => p.section === POPUP_SECTION[lowest.category] && showsPassage(p.text, lowest.range.text),
      );
      expect(far).toBeGreaterThanOrEqual(0);

      await clickPopupPassage(popup, far);
      const flash = await waitForFlash(page);
      expect(flash, `${FLASH_HIGHLIGHT} appears after the click`).not.toBeNull();
      expect(squash(flash!.range.text)).toBe(squash(lowest.range.text));
      expect(flash!.viewport.scrollY).toBeGreaterThan(before.scrollY);
      expect(isInViewport(flash!.range.firstLine, flash!.viewport), JSON.stringify(flash)).toBe(true);

      // While it still flashes, the reader clicks the first passage: back up the page to it.
      await new Promise((resolve) => setTimeout(resolve, 800));
      const first = passages[0]!;
      await clickPopupPassage(popup, 0);
      lastRevealAt = Date.now();
      const flashUp = await waitForFlash(page, 1_500, first.text);
      const flashUpSeenAt = Date.now();
      expect(flashUp, 'the second passage flashes').not.toBeNull();
      expect(flashUp!.viewport.scrollY).toBeLessThan(flash!.viewport.scrollY);
      expect(isInViewport(flashUp!.range.firstLine, flashUp!.viewport), JSON.stringify(flashUp)).toBe(true);

      // "Briefly": the flash goes away by itself, and the page stays where the reader was taken.
      const watched = await watchFlashUntilGone(page);
      expect(watched.gone).toBe(true);
      expect((await pageViewport(page)).scrollY).toBe(flashUp!.viewport.scrollY);
      // The first flash's timer must not end the second one early (it flashed ~400 ms instead of 1.2 s).
      expect(
        watched.lastSeenAt - flashUpSeenAt,
        'how long the second flash was seen (ms)',
      ).toBeGreaterThanOrEqual(700);
    });

    it('shows an evidence card while the mouse is over a marked passage', async () => {
      const { page, popup } = analysed;
      await driver.showPageKeepingPopup(page);
      // The passage revealed from the popup keeps its card open until Escape.
      await page.keyboard.press('Escape');
      expect(await waitForCard(page, false)).toBeNull();

      let checked = 0;
      for (const category of MARK_CATEGORIES) {
        const first = (await highlightRanges(page, highlightName(category)))[0];
        if (!first) continue;
        // Put the passage a third of the way down the view, then point at its first line.
        await page.evaluate(`window.scrollBy(0, ${first.firstLine.top - 300})`);
        const range = (await highlightRanges(page, highlightName(category)))[0]!;
        expect(isInViewport(range.firstLine, await pageViewport(page))).toBe(true);
        const point = pointInside(range.firstLine);
        await page.mouse.move(point.x, point.y);
        const card = await waitForCard(page, true);
        expect(card, `a card for the ${category} passage under the mouse`).not.toBeNull();
        expect(card!.kind).toBe(CATEGORY_LABEL[category]);
        expect(card!.label).toBe(`${CATEGORY_LABEL[category]}: evidence`);
        expect(card!.note.trim()).not.toBe('');
        // Plain words: no signal id (label-heading, copywriting-register…) and no "(s)" in a card.
        for (const signal of SIGNALS.filter((s) => s.id.includes('-')))
          expect(card!.note).not.toContain(signal.id);
        expect(card!.note).not.toMatch(/\(s\)/);
        // Beside its passage: just below it, or just above when there is no room below.
        const gapBelow = card!.box.top - range.box.bottom;
        const gapAbove = range.box.top - card!.box.bottom;
        expect(
          Math.max(gapBelow, gapAbove),
          JSON.stringify({ card: card!.box, range: range.box }),
        ).toBeGreaterThanOrEqual(0);
        expect(Math.max(gapBelow, gapAbove)).toBeLessThanOrEqual(24);
        if (checked === 0) {
          // The card follows its passage when the page scrolls under the mouse.
          await page.evaluate('window.scrollBy(0, 40)');
          const moved = await pollUntil(
            () => evidenceCard(page),
            (now) => now !== null && Math.abs(now.box.top - (card!.box.top - 40)) < 2,
          );
          expect(moved?.box.top, 'card top after scrolling 40 px').toBeCloseTo(card!.box.top - 40, 0);
          await page.evaluate('window.scrollBy(0, -40)');
          await pollUntil(
            () => evidenceCard(page),
            (now) => now !== null && Math.abs(now.box.top - card!.box.top) < 2,
          );
        }
        if (category === 'corroborated') {
          // The reference sentence, as the popup shows it for the same passage, with its source.
          expect(card!.quotes.length).toBeGreaterThan(0);
          const evidence = (await popupEvidenceFor(popup, range.text)).map(squash);
          for (const quote of card!.quotes) {
            expect(quote.text.trim()).not.toBe('');
            expect(evidence).toContain(squash(quote.text));
            expect(quote.source).toMatch(/^— .+ · (very close|close|partial|weak) match$/);
          }
        }

        // Away from every mark (the left margin of the page), the card goes.
        await page.mouse.move(4, point.y);
        expect(await waitForCard(page, false)).toBeNull();
        // Back over it, and Escape closes it.
        await page.mouse.move(point.x, point.y);
        expect(await waitForCard(page, true)).not.toBeNull();
        await page.keyboard.press('Escape');
        expect(await waitForCard(page, false)).toBeNull();
        checked += 1;
      }
      expect(checked).toBeGreaterThanOrEqual(2);
    });

    it('shows "not found" quietly when the reader asks for it from the legend, and hides it again', async () => {
      const { page } = analysed;
      await driver.showPageKeepingPopup(page);
      const before = await legend(page);
      expect(before?.toggles.unsupported, 'the legend offers "not found", unticked').toBe(false);
      const found = legendCounts(before!.labels).unsupported ?? 0;
      expect(found).toBeGreaterThan(0);
      await clickInPageUi(page, '[data-testid="legend-toggle-unsupported"]');
      const shown = await pollUntil(
        () => highlightRangeCounts(page),
        (now) => highlightName('unsupported') in now,
      );
      expect(shown[highlightName('unsupported')]).toBe(found);
      await clickInPageUi(page, '[data-testid="legend-toggle-unsupported"]');
      const hidden = await pollUntil(
        () => highlightRangeCounts(page),
        (now) => !(highlightName('unsupported') in now),
      );
      expect(hidden).not.toHaveProperty(highlightName('unsupported'));
      expect((await legend(page))?.toggles.unsupported).toBe(false);
    });

    it('steps through marks, hides and shows categories and clears every mark from the legend', async () => {
      const { page } = analysed;
      await driver.showPageKeepingPopup(page);
      await waitForFlashGone(page);
      const counts = await highlightRangeCounts(page);
      const present = MARK_CATEGORIES.filter((c) => (counts[highlightName(c)] ?? 0) > 0);
      const total = sum(present.map((c) => counts[highlightName(c)]!));
      expect(present.length).toBeGreaterThanOrEqual(2);
      const initial = await legend(page);
      // What is marked is ticked; "not found" is listed unticked until asked for.
      expect(initial?.toggles).toEqual({
        ...Object.fromEntries(present.map((c) => [c, true])),
        ...(initial?.toggles.unsupported === undefined ? {} : { unsupported: false }),
      });

      // Prev/Next move the announced position ("Mark 1 of N, <category>: <passage>"), wrap around, and
      // jump to the mark with its card open beside it.
      const status = () => legend(page).then((view) => view?.status ?? '');
      const step = async (button: 'Next' | 'Previous', expected: number) => {
        await clickInPageUi(page, button === 'Next' ? LEGEND_NEXT : LEGEND_PREVIOUS);
        const text = await pollUntil(status, (s) => s.startsWith(`Mark ${expected} of ${total}, `));
        expect(text).toMatch(new RegExp(`^Mark ${expected} of ${total}, `));
        const card = await waitForCard(page, true);
        expect(card, `the card of mark ${expected}`).not.toBeNull();
        expect(text).toContain(`, ${card!.kind}: `);
        return text;
      };
      // A flash lasts 1.2 s; let the click-through's flashes end before watching this one.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastRevealAt + 1_300 - Date.now())));
      const firstStatus = await step('Next', 1);
      const flash = await waitForFlash(page, 1_500, passageOf(firstStatus));
      expect(flash, 'Next flashes the mark it reached').not.toBeNull();
      expect(isInViewport(flash!.range.firstLine, flash!.viewport)).toBe(true);
      await step('Next', 2);
      await step('Previous', 1);
      // Previous from the first mark wraps to the last one, and the page scrolls to it.
      const lastStatus = await step('Previous', total);
      const last = (await allRanges(page)).find(
        ({ range }) => squash(range.text) === squash(passageOf(lastStatus)),
      );
      expect(last, lastStatus).toBeDefined();
      expect(isInViewport(last!.range.firstLine, await pageViewport(page))).toBe(true);

      for (const category of present) {
        const toggle = `[data-testid="legend-toggle-${category}"]`;
        await clickInPageUi(page, toggle);
        const hidden = await pollUntil(
          () => highlightRangeCounts(page),
          (now) => !(highlightName(category) in now),
        );
        const others = Object.fromEntries(
          Object.entries(counts).filter(([name]) => name !== highlightName(category)),
        );
        expect(hidden).toEqual(others);
        expect((await legend(page))?.toggles[category]).toBe(false);

        // Stepping skips the hidden category.
        await clickInPageUi(page, LEGEND_NEXT);
        const stepped = await pollUntil(status, (s) => s !== '');
        expect(stepped).toMatch(new RegExp(`^Mark 1 of ${total - counts[highlightName(category)]!}, `));
        expect(stepped).not.toContain(`, ${CATEGORY_LABEL[category]}: `);

        await clickInPageUi(page, toggle);
        const shown = await pollUntil(
          () => highlightRangeCounts(page),
          (now) => highlightName(category) in now,
        );
        expect(shown).toEqual(counts);
        expect((await legend(page))?.toggles[category]).toBe(true);
      }

      // Marks never move the page's text: every block sits where it sat once the marks are gone.
      const layout = `JSON.stringify({ height: document.documentElement.scrollHeight, blocks: Array.from(document.body.querySelectorAll('h1, h2, h3, p, li, figure, aside')).map((e) => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top + scrollY), Math.round(r.width), Math.round(r.height)]; }) })`;
      const layoutMarked = (await page.evaluate(layout)) as string;
      await clickInPageUi(page, '[data-testid="legend-clear"]');
      const cleared = await pollUntil(
        () => highlightRangeCounts(page),
        (now) => Object.keys(now).every((name) => !name.startsWith('crosscheck-')),
      );
      expect(Object.keys(cleared).filter((name) => name.startsWith('crosscheck-'))).toEqual([]);
      expect(
        await pollUntil(
          () => hasPageUi(page),
          (has) => !has,
        ),
      ).toBe(false);
      expect(await page.evaluate(`document.getElementById('crosscheck-highlight-styles')`)).toBeNull();
      expect(await page.evaluate(layout)).toBe(layoutMarked);
    });

    it('left the text and markup of the page as they were', async () => {
      expect(await pageVisibleText(analysed.page)).toBe(analysed.textBefore);
      expect(await analysed.page.evaluate('document.body.innerHTML')).toBe(bodyHtmlBefore);
    });
  });

  it('clears the marks and the legend when a single-page site navigates', async () => {
    const analysed = await analyse('seed-003-trump-hopes-peace.html');
    try {
      const { page } = analysed;
      expect(Object.keys(await highlightRangeCounts(page)).length).toBeGreaterThan(0);
      // What a single-page site does on a link click: a new address, same document.
      await page.evaluate(`history.pushState({}, '', '?next-story')`);
      const after = await pollUntil(
        () => highlightRangeCounts(page),
        (now) => Object.keys(now).length === 0,
        4_000,
      );
      expect(after).toEqual({});
      expect(
        await pollUntil(
          () => hasPageUi(page),
          (has) => !has,
        ),
      ).toBe(false);
    } finally {
      await analysed.close();
    }
  });

  it('folds the legend to a small button and remembers that on the next page', async () => {
    const first = await analyse('seed-001-trump-announces-talks.html');
    try {
      const { page } = first;
      await driver.showPageKeepingPopup(page);
      expect(
        await pollUntil(
          () => legend(page),
          (view) => view !== null,
        ),
      ).not.toBeNull();
      const marked = await highlightRangeCounts(page);
      await clickInPageUi(page, LEGEND_COLLAPSE);
      const folded = await pollUntil(
        () => foldedLegend(page),
        (text) => text !== null,
      );
      // The button counts what is marked; the marks stay.
      expect(folded).toBe(`Crosscheck (${sum(Object.values(marked))})`);
      expect(await legend(page)).toBeNull();
      expect(await highlightRangeCounts(page)).toEqual(marked);
      const size = (await page.evaluate(
        `(({ width, height }) => ({ width, height }))(document.querySelector('crosscheck-ui').shadowRoot.querySelector('[data-testid="legend-folded"]').getBoundingClientRect())`,
      )) as { width: number; height: number };
      expect(size.width * size.height, JSON.stringify(size)).toBeLessThan(200 * 40);
    } finally {
      await first.close();
    }

    const second = await analyse('seed-004-high-stakes-talks.html');
    try {
      const { page } = second;
      await driver.showPageKeepingPopup(page);
      expect(
        await pollUntil(
          () => foldedLegend(page),
          (text) => text !== null,
        ),
        'the next page opens with the legend folded',
      ).not.toBeNull();
      expect(await legend(page)).toBeNull();
      await clickInPageUi(page, LEGEND_EXPAND);
      expect(
        await pollUntil(
          () => legend(page),
          (view) => view !== null,
        ),
      ).not.toBeNull();
      // The keyboard is on the button that folds it again.
      const focused = (await page.evaluate(
        `document.querySelector('crosscheck-ui').shadowRoot.activeElement?.getAttribute('data-testid') ?? null`,
      )) as string | null;
      expect(focused).toBe('legend-collapse');
    } finally {
      await second.close();
    }

    const third = await analyse('seed-001-trump-announces-talks.html');
    try {
      expect(
        await pollUntil(
          () => legend(third.page),
          (view) => view !== null,
        ),
        'unfolded is remembered too',
      ).not.toBeNull();
    } finally {
      await third.close();
    }
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(outsideRequests).toEqual([]);
    expect(requestsNotFromBrowser(logger.requests, browserName)).toEqual([]);
  });
});
