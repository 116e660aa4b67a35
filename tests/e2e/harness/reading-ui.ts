import type { Page } from 'puppeteer-core';

// Reading the report in the popup and the marks, legend and evidence card in the page. Every function that
// runs in a page is written as a string, so no bundler helper (tsx's `__name`) is referenced there.

import { MARK_CATEGORIES, type MarkCategory } from '../../../lib/page/marks.ts';

export { MARK_CATEGORIES, type MarkCategory };

/** The popup section that lists each category (`data-testid="section-<id>"`). */
export const POPUP_SECTION: Record<MarkCategory, string> = {
  corroborated: 'corroborated',
  conflicting: 'conflicting',
  unsupported: 'unsupported',
  promotion: 'promotions',
};

/** What the in-page legend and card call each category. */
export const CATEGORY_LABEL: Record<MarkCategory, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  unsupported: 'Not found in the references',
  promotion: 'Promotion',
};

export const FLASH_HIGHLIGHT = 'crosscheck-flash';
export const highlightName = (category: MarkCategory) => `crosscheck-${category}`;

/** Whitespace-insensitive form of a passage, to compare popup text with a DOM range's text. */
export const compact = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text with every space removed: DOM ranges and report passages agree on words, not on white space. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** A passage as the popup's button shows it: “text” in curly quotes (components/quoted.ts). */
export const unquote = (text: string) => compact(text).replace(/^“/, '').replace(/”$/, '');

/**
 * Whether the popup's `shown` passage is the page text `text`. A sentence that opens with its own quotation
 * is shown without added quotes, so both readings are tried: “text” reads either way.
 */
export const showsPassage = (shown: string, text: string) =>
  squash(shown) === squash(text) || squash(unquote(shown)) === squash(text);

// ---------------------------------------------------------------------------------------------- popup

/** Number of report items in each category's popup section (0 when the section is not shown). */
export async function popupItemCounts(popup: Page): Promise<Record<MarkCategory, number>> {
  const sections = JSON.stringify(POPUP_SECTION);
  return (await popup.evaluate(`(() => {
    const sections = ${sections};
    const out = {};
    for (const [category, id] of Object.entries(sections)) {
      out[category] = document.querySelectorAll('[data-testid="section-' + id + '"] [data-testid="report-item"]').length;
    }
    return out;
  })()`)) as Record<MarkCategory, number>;
}

export interface PlacedFooter {
  text: string;
  placed: number;
  total: number;
}

/** The popup's footer "X of Y passages marked in the page", or null when it is absent or says otherwise. */
export async function marksPlacedFooter(popup: Page): Promise<PlacedFooter | null> {
  const text = (await popup.evaluate(
    `document.querySelector('[data-testid="marks-placed"]')?.textContent ?? null`,
  )) as string | null;
  const match = text?.match(/^(\d+) of (\d+) passages? (?:marked|found) in the page\.?$/);
  if (!text || !match) return null;
  return { text, placed: Number(match[1]), total: Number(match[2]) };
}

/**
 * The passages of the popup's clickable items (`button.passage`), in document order, without quotes;
 * `folded` when their section is folded (the reader opens it to reach them).
 */
export async function popupPassages(
  popup: Page,
): Promise<{ section: string; text: string; folded: boolean }[]> {
  return (await popup.evaluate(`Array.from(document.querySelectorAll('button.passage')).map((button) => ({
    section: button.closest('[data-testid^="section-"]')?.getAttribute('data-testid')?.replace(/^section-/, '') ?? '',
    text: button.textContent ?? '',
    folded: Boolean(button.closest('details:not([open])')),
  }))`)) as { section: string; text: string; folded: boolean }[];
}

/** Clicks the `index`-th `button.passage` of the popup with the mouse, unfolding its section first. */
export async function clickPopupPassage(popup: Page, index: number): Promise<void> {
  const buttons = await popup.$$('button.passage');
  const button = buttons[index];
  if (!button) throw new Error(`The popup has no passage button ${index} (it has ${buttons.length})`);
  const folded = await button.evaluateHandle((node) =>
    node.closest('details:not([open])')?.querySelector('summary'),
  );
  const summary = folded.asElement();
  if (summary) await (summary as typeof button).click();
  await button.scrollIntoView();
  await button.click();
}

/** The popup's summary line: each count's section id, its words, and whether it is a button (jumps). */
export async function popupSummary(popup: Page): Promise<{ id: string; text: string; jumps: boolean }[]> {
  return (await popup.evaluate(`Array.from(document.querySelectorAll('[data-testid="summary"] [data-testid^="summary-"]')).map((node) => ({
    id: node.getAttribute('data-testid').replace(/^summary-/, ''),
    text: node.textContent.trim(),
    jumps: node.tagName === 'BUTTON',
  }))`)) as { id: string; text: string; jumps: boolean }[];
}

// ---------------------------------------------------------------------------------------------- page

export interface ViewportRect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RangeInfo {
  text: string;
  /** Bounding box of the range in viewport coordinates. */
  box: ViewportRect;
  /** First client rect (first line) of the range. */
  firstLine: ViewportRect;
}

export interface PageViewport {
  scrollY: number;
  innerHeight: number;
  innerWidth: number;
}

const RANGE_INFO_FN = `(range) => {
  const rect = (r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right });
  const first = Array.from(range.getClientRects()).find((r) => r.width > 2 && r.height > 2) ?? range.getBoundingClientRect();
  return { text: range.toString(), box: rect(range.getBoundingClientRect()), firstLine: rect(first) };
}`;

export async function pageViewport(page: Page): Promise<PageViewport> {
  return (await page.evaluate(
    `({ scrollY: window.scrollY, innerHeight: window.innerHeight, innerWidth: window.innerWidth })`,
  )) as PageViewport;
}

/** Every range of a highlight, in the highlight's order, with its text and position; [] when it is absent. */
export async function highlightRanges(page: Page, name: string): Promise<RangeInfo[]> {
  return (await page.evaluate(`(() => {
    const info = ${RANGE_INFO_FN};
    const highlight = globalThis.CSS?.highlights?.get(${JSON.stringify(name)});
    return highlight ? Array.from(highlight).map(info) : [];
  })()`)) as RangeInfo[];
}

/** Names of the page's CSS highlights. */
export async function highlightNames(page: Page): Promise<string[]> {
  return (await page.evaluate(
    `(() => { const names = []; globalThis.CSS?.highlights?.forEach((_, name) => names.push(name)); return names; })()`,
  )) as string[];
}

export interface FlashSeen {
  /** The flashed passage, as the page saw it the first time the flash highlight was there. */
  range: RangeInfo;
  viewport: PageViewport;
  /** Milliseconds from the call until the flash was first seen. */
  after: number;
}

/**
 * Polls the page (from Node, so background tabs whose timers are throttled are watched as well) until the
 * `crosscheck-flash` highlight exists (on `passage`, if given); returns what it covered, or null if it did
 * not appear in `timeout`.
 */
export async function waitForFlash(page: Page, timeout = 1_500, passage?: string): Promise<FlashSeen | null> {
  const started = Date.now();
  do {
    const seen = (await page.evaluate(`(() => {
      const info = ${RANGE_INFO_FN};
      const flash = globalThis.CSS?.highlights?.get(${JSON.stringify(FLASH_HIGHLIGHT)});
      const range = flash ? Array.from(flash)[0] : undefined;
      if (!range) return null;
      return { range: info(range), viewport: { scrollY: window.scrollY, innerHeight: window.innerHeight, innerWidth: window.innerWidth } };
    })()`)) as Omit<FlashSeen, 'after'> | null;
    if (seen && (passage === undefined || showsPassage(passage, seen.range.text)))
      return { ...seen, after: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 15));
  } while (Date.now() - started < timeout);
  return null;
}

/** Polls until `CSS.highlights` no longer has the flash highlight; true if it went within `timeout`. */
export async function waitForFlashGone(page: Page, timeout = 4_000): Promise<boolean> {
  const started = Date.now();
  do {
    if (
      !(await page.evaluate(`Boolean(globalThis.CSS?.highlights?.has(${JSON.stringify(FLASH_HIGHLIGHT)}))`))
    )
      return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() - started < timeout);
  return false;
}

/**
 * Polls until the flash highlight is gone; `lastSeenAt` is the Date.now() of the last poll that still saw
 * it (so `lastSeenAt - <when it was first seen>` is a lower bound of how long it lasted).
 */
export async function watchFlashUntilGone(
  page: Page,
  timeout = 4_000,
): Promise<{ gone: boolean; lastSeenAt: number }> {
  const started = Date.now();
  let lastSeenAt = started;
  do {
    if (
      !(await page.evaluate(`Boolean(globalThis.CSS?.highlights?.has(${JSON.stringify(FLASH_HIGHLIGHT)}))`))
    )
      return { gone: true, lastSeenAt };
    lastSeenAt = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 15));
  } while (Date.now() - started < timeout);
  return { gone: false, lastSeenAt };
}

export function isInViewport(rect: ViewportRect, viewport: Pick<PageViewport, 'innerHeight'>): boolean {
  return rect.top >= 0 && rect.bottom <= viewport.innerHeight;
}

/** A point well inside a rect (its middle, nudged off the edges). */
export function pointInside(rect: ViewportRect): { x: number; y: number } {
  return { x: Math.min(rect.left + 12, (rect.left + rect.right) / 2), y: (rect.top + rect.bottom) / 2 };
}

// ------------------------------------------------------------------- the agent's UI in its shadow root

const SHADOW = `document.querySelector('crosscheck-ui')?.shadowRoot`;

export interface EvidenceCardView {
  kind: string;
  note: string;
  /** The reference sentences the card quotes, with their source lines. */
  quotes: { text: string; source: string }[];
  label: string | null;
  role: string | null;
  /** Where the card is, in viewport coordinates. */
  box: ViewportRect;
}

/** The open evidence card in the page's Crosscheck shadow root, or null. */
export async function evidenceCard(page: Page): Promise<EvidenceCardView | null> {
  return (await page.evaluate(`(() => {
    const card = ${SHADOW}?.querySelector('[data-testid="evidence-card"]');
    if (!card) return null;
    return {
      kind: card.querySelector('.card-kind')?.textContent ?? '',
      note: card.querySelector('.card-note')?.textContent ?? '',
      quotes: Array.from(card.querySelectorAll('blockquote')).map((quote) => ({
        text: quote.querySelector('p')?.textContent ?? '',
        source: quote.querySelector('.source')?.textContent ?? '',
      })),
      label: card.getAttribute('aria-label'),
      role: card.getAttribute('role'),
      box: (({ top, bottom, left, right }) => ({ top, bottom, left, right }))(card.getBoundingClientRect()),
    };
  })()`)) as EvidenceCardView | null;
}

/** Polls until the card is open (or closed, with `open = false`); returns the last card seen. */
export async function waitForCard(
  page: Page,
  open: boolean,
  timeout = 2_000,
): Promise<EvidenceCardView | null> {
  const started = Date.now();
  let card = await evidenceCard(page);
  while (Boolean(card) !== open && Date.now() - started < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    card = await evidenceCard(page);
  }
  return card;
}

export interface LegendView {
  /** Checkbox state per category the legend lists. */
  toggles: Partial<Record<MarkCategory, boolean>>;
  /** The labels' text, e.g. "Corroborated (4)". */
  labels: string[];
  /** The live region's text, e.g. "Mark 1 of 24, Corroborated: …". */
  status: string;
}

/** The in-page legend, or null when the page shows none. */
export async function legend(page: Page): Promise<LegendView | null> {
  return (await page.evaluate(`(() => {
    const legend = ${SHADOW}?.querySelector('[data-testid="legend"]');
    if (!legend) return null;
    const toggles = {};
    legend.querySelectorAll('input[data-testid^="legend-toggle-"]').forEach((box) => {
      toggles[box.getAttribute('data-testid').replace('legend-toggle-', '')] = box.checked;
    });
    return {
      toggles,
      labels: Array.from(legend.querySelectorAll('label')).map((label) => label.textContent.trim()),
      status: legend.querySelector('[role="status"]')?.textContent ?? '',
    };
  })()`)) as LegendView | null;
}

/** The legend's count per category, read from its labels ("Corroborated (4)"). */
export function legendCounts(labels: readonly string[]): Partial<Record<MarkCategory, number>> {
  const counts: Partial<Record<MarkCategory, number>> = {};
  for (const category of MARK_CATEGORIES) {
    const label = labels.find((text) => text.startsWith(`${CATEGORY_LABEL[category]} (`));
    const count = label?.match(/\((\d+)\)$/)?.[1];
    if (count !== undefined) counts[category] = Number(count);
  }
  return counts;
}

/** The legend's fold button, and the small button the folded legend becomes. */
export const LEGEND_COLLAPSE = '[data-testid="legend-collapse"]';
export const LEGEND_EXPAND = '[data-testid="legend-expand"]';

/** The folded legend's button text ("Crosscheck (12)"), or null when the legend is not folded. */
export async function foldedLegend(page: Page): Promise<string | null> {
  return (await page.evaluate(
    `${SHADOW}?.querySelector('[data-testid="legend-expand"]')?.textContent ?? null`,
  )) as string | null;
}

/** The legend's step buttons, by position (their names may change; see the Label-in-Name finding). */
export const LEGEND_PREVIOUS = '.legend-actions button:nth-child(1)';
export const LEGEND_NEXT = '.legend-actions button:nth-child(2)';

/** Whether the page still has the `<crosscheck-ui>` host element. */
export async function hasPageUi(page: Page): Promise<boolean> {
  return (await page.evaluate(`Boolean(document.querySelector('crosscheck-ui'))`)) as boolean;
}

/**
 * Clicks an element of the agent's shadow root with the real mouse, at the middle of its box (the legend
 * is `position: fixed`, so it is always in view). `selector` is matched inside the shadow root.
 */
export async function clickInPageUi(page: Page, selector: string): Promise<void> {
  const box = (await page.evaluate(`(() => {
    const element = ${SHADOW}?.querySelector(${JSON.stringify(selector)});
    if (!element) return null;
    const r = element.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`)) as { x: number; y: number } | null;
  if (!box) throw new Error(`No ${selector} in the page's Crosscheck UI`);
  await page.mouse.click(box.x, box.y);
}

/** Polls `read` until `done` holds for its value or `timeout` passes; returns the last value read. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeout = 2_000,
): Promise<T> {
  const started = Date.now();
  let value = await read();
  while (!done(value) && Date.now() - started < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    value = await read();
  }
  return value;
}

/** The reference sentences the popup shows under the item whose passage is `passage` (without quotes). */
export async function popupEvidenceFor(popup: Page, passage: string): Promise<string[]> {
  return (await popup.evaluate(`(() => {
    const squash = (text) => text.replace(/\\s+/g, '');
    const unquote = (text) => text.replace(/^“/, '').replace(/”$/, '');
    const wanted = ${JSON.stringify(passage.replace(/\s+/g, ''))};
    const item = Array.from(document.querySelectorAll('[data-testid="report-item"]')).find((li) => {
      const shown = squash(li.querySelector('.passage')?.textContent ?? '');
      return shown === wanted || unquote(shown) === wanted;
    });
    return item ? Array.from(item.querySelectorAll('blockquote.evidence > p')).map((p) => p.textContent ?? '') : [];
  })()`)) as string[];
}
