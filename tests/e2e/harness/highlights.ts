import type { Page } from 'puppeteer-core';

/**
 * The CSS Custom Highlight API registry as the page sees it: highlight name → number of ranges. Highlights a
 * content script registers are visible from the page's own scripts in both browsers.
 */
export async function highlightRangeCounts(page: Page): Promise<Record<string, number>> {
  const counts = (await page.evaluate(
    `(() => { const out = {}; if (globalThis.CSS && CSS.highlights) CSS.highlights.forEach((h, name) => { out[name] = h.size; }); return out; })()`,
  )) as Record<string, number>;
  return counts;
}
