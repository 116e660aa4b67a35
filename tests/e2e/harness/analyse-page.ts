import type { Page } from 'puppeteer-core';
import type { ExtensionDriver } from './extension-driver.ts';
import { highlightRangeCounts } from './highlights.ts';
import { pageVisibleText } from './page-text.ts';
import { readSettledPopup, type PopupView } from './popup-view.ts';
import { saveScreenshot } from './screenshots.ts';
import { watchPageRequests } from './browser-traffic.ts';

export interface AnalysedPage {
  view: PopupView;
  /** document.body.innerText before the popup opened and after it finished ('' for browser pages). */
  textBefore: string;
  textAfter: string;
  /** CSS highlights in the page after analysis: name → number of ranges. */
  marks: Record<string, number>;
  /** Requests the page and the popup made to anything but 127.0.0.1 and extension/browser URLs. */
  outsideRequests: string[];
  page: Page;
  popup: Page;
  /** Closes the popup and the page. */
  close(): Promise<void>;
}

/**
 * Opens `url`, opens the popup for it, waits for the popup's result, and saves screenshots of both as
 * .artifacts/screenshots/<browser>-popup-<name>.png and <browser>-page-<name>.png.
 */
export async function analysePage(
  driver: ExtensionDriver,
  url: string,
  screenshotName: string,
): Promise<AnalysedPage> {
  const isWebPage = /^https?:/.test(url);
  const page = await driver.openPage(url);
  const pageOutside = watchPageRequests(page);
  const textBefore = isWebPage ? await pageVisibleText(page) : '';
  const popup = await driver.openPopup(page);
  const popupOutside = watchPageRequests(popup);
  const view = await readSettledPopup(popup);
  const textAfter = isWebPage ? await pageVisibleText(page) : '';
  const marks = isWebPage ? await highlightRangeCounts(page) : {};
  await saveScreenshot(popup, `${driver.name}-popup-${screenshotName}`);
  await driver.showPageKeepingPopup(page);
  await saveScreenshot(page, `${driver.name}-page-${screenshotName}`);
  return {
    view,
    textBefore,
    textAfter,
    marks,
    outsideRequests: [...pageOutside, ...popupOutside],
    page,
    popup,
    close: async () => {
      await popup.close().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}
