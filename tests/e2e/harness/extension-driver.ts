import type { Browser, Page } from 'puppeteer-core';
import { clickToolbarButton, launchChromium } from './chromium.ts';
import { launchFirefox, navigateWithBidi, openPopupAsTab } from './firefox.ts';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from './paths.ts';

export type BrowserName = 'chromium' | 'firefox';

/** One browser with the extension loaded, driven the same way whatever the browser. */
export interface ExtensionDriver {
  name: BrowserName;
  browser: Browser;
  /** A browser page extensions may not read. */
  restrictedUrl: string;
  /** The address of one of the extension's own pages, e.g. extensionUrl('options.html'). */
  extensionUrl(path: string): string;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /**
   * Opens the popup for `page`: the real toolbar button in Chromium; in Firefox the popup page as the next
   * tab, which analyses the most recently used other tab (so call it right after openPage).
   */
  openPopup(page: Page): Promise<Page>;
  /**
   * Makes `page` the visible tab for a screenshot without losing the popup: Firefox paints only the front
   * tab; Chromium screenshots background tabs, and focusing the page would close its real popup.
   */
  showPageKeepingPopup(page: Page): Promise<void>;
  close(): Promise<void>;
}

export interface DriverOptions {
  /** Send every request not to 127.0.0.1 through this proxy (see request-logger.ts). */
  proxy?: { host: string; port: number };
  /** Defaults to the test build in .output/e2e for that browser. */
  extensionDir?: string;
}

const PAGE_VIEWPORT = { width: 1280, height: 900 };

export async function launchDriver(name: BrowserName, options: DriverOptions = {}): Promise<ExtensionDriver> {
  return name === 'chromium' ? launchChromiumDriver(options) : launchFirefoxDriver(options);
}

async function launchChromiumDriver(options: DriverOptions): Promise<ExtensionDriver> {
  const launched = await launchChromium(options.extensionDir ?? CHROME_BUILD_DIR, options);
  const { browser, extensionId } = launched;
  return {
    name: 'chromium',
    browser,
    restrictedUrl: 'chrome://settings',
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async openPage(url) {
      const page = await browser.newPage();
      await page.setViewport(PAGE_VIEWPORT);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    openPopup: (page) => clickToolbarButton(browser, extensionId, page),
    showPageKeepingPopup: async () => undefined,
    close: launched.close,
  };
}

async function launchFirefoxDriver(options: DriverOptions): Promise<ExtensionDriver> {
  const launched = await launchFirefox(options.extensionDir ?? FIREFOX_BUILD_DIR, options);
  const { browser, uuid } = launched;
  return {
    name: 'firefox',
    browser,
    restrictedUrl: 'about:config',
    extensionUrl: (path) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`,
    async openPage(url) {
      const page = await browser.newPage();
      await page.setViewport(PAGE_VIEWPORT);
      if (/^https?:/.test(url)) await page.goto(url, { waitUntil: 'load' });
      else await navigateWithBidi(browser, page, url);
      return page;
    },
    openPopup: () => openPopupAsTab(browser, uuid),
    showPageKeepingPopup: (page) => page.bringToFront(),
    close: launched.close,
  };
}
