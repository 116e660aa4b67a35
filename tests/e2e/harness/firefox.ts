import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXECUTABLE } from './paths.ts';

/** The gecko id in wxt.config.ts. */
export const FIREFOX_EXTENSION_ID = 'crosscheck@crosscheck.local';
/** Pinned internal UUID, so tests know the extension's moz-extension:// origin in advance. */
export const FIREFOX_EXTENSION_UUID = '5c2a9d3e-0b7f-4c1e-9a4d-c0ffee000e2e';

export interface LaunchedFirefox {
  browser: Browser;
  uuid: string;
  /** The first tab, with a viewport set. */
  firstPage: Page;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Send every request not to 127.0.0.1 through this proxy (see request-logger.ts). */
  proxy?: { host: string; port: number };
}

export function proxyPrefs(proxy: { host: string; port: number }): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': proxy.host,
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': proxy.host,
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '127.0.0.1',
    'network.proxy.allow_hijacking_localhost': false,
  };
}

/** Firefox ESR over WebDriver BiDi, headless, with the extension in `extensionDir` as a temporary add-on. */
export async function launchFirefox(
  extensionDir: string,
  options: FirefoxOptions = {},
): Promise<LaunchedFirefox> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
      ...(options.proxy ? proxyPrefs(options.proxy) : {}),
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const firstPage = (await browser.pages())[0] ?? (await browser.newPage());
    await firstPage.setViewport({ width: 1280, height: 900 });
    return { browser, uuid: FIREFOX_EXTENSION_UUID, firstPage, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export function firefoxPopupUrl(uuid: string, tabId?: number): string {
  return `moz-extension://${uuid}/popup.html${tabId === undefined ? '' : `?tabId=${tabId}`}`;
}

/**
 * Firefox has no way to press the toolbar button from WebDriver BiDi, so the popup page is opened as a new
 * tab. Without `tabId` the popup analyses the most recently used other tab (open it right after the page).
 */
export async function openPopupAsTab(browser: Browser, uuid: string, tabId?: number): Promise<Page> {
  const popup = await browser.newPage();
  await popup.setViewport({ width: 420, height: 700 });
  await navigateWithBidi(browser, popup, firefoxPopupUrl(uuid, tabId));
  return popup;
}

/** A tab id that cannot exist: the popup opened with it fails at once, touching no tab. */
const NO_SUCH_TAB = 2_147_483_647;

/**
 * The WebExtension tab id of the tab showing `pageUrl` (an http page the test build may read), for
 * `openPopupAsTab(browser, uuid, tabId)`. Asks the tabs API from an extension page: the popup opened for a
 * tab that does not exist, which analyses nothing.
 */
export async function firefoxTabIdOf(browser: Browser, uuid: string, pageUrl: string): Promise<number> {
  const probe = await openPopupAsTab(browser, uuid, NO_SUCH_TAB);
  try {
    const ids = (await probe.evaluate(
      `browser.tabs.query({}).then((tabs) => tabs.filter((tab) => tab.url === ${JSON.stringify(pageUrl)}).map((tab) => tab.id))`,
    )) as number[];
    if (ids.length !== 1 || ids[0] === undefined) throw new Error(`${ids.length} tabs show ${pageUrl}`);
    return ids[0];
  } finally {
    await probe.close();
  }
}

/**
 * The one workaround for Firefox navigation: puppeteer's page.goto to moz-extension:// and about: URLs times
 * out although the page loads, so this sends BiDi's browsingContext.navigate directly (privileged about:
 * pages need MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1, set by launchFirefox).
 */
export async function navigateWithBidi(browser: Browser, page: Page, url: string): Promise<void> {
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<unknown>;
}
