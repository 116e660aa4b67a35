import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  FIREFOX_EXTENSION_ID,
  FIREFOX_EXTENSION_UUID,
  navigateWithBidi,
  proxyPrefs,
} from '../../../tests/e2e/harness/firefox.ts';
import { FIREFOX_EXECUTABLE } from '../../../tests/e2e/harness/paths.ts';
import type { RequestLogger } from '../../../tests/e2e/harness/request-logger.ts';
import { AGAINST_FIREFOX_ID, type BenchBuilds } from './builds.ts';
import { outsideTargets, type BrowserSession } from './chromium.ts';
import { setLibraryReferences } from './library-references.ts';
import { CROSSCHECK_HIGHLIGHTS, FLOOR_HIGHLIGHTS } from './probe.ts';
import type { ExtensionKind } from './run-page.ts';

const FLOOR_ID = 'crosscheck-floor@bench.local';
const FLOOR_UUID = '5c2a9d3e-0b7f-4c1e-9a4d-f100f100f100';
const AGAINST_UUID = '5c2a9d3e-0b7f-4c1e-9a4d-a6a1a6a1a6a1';

/**
 * Firefox ESR with both extensions as temporary add-ons. The harness launcher pins only Crosscheck's UUID,
 * so this one pins the floor's as well; the rest (headless, BiDi navigation, proxy prefs) is the same.
 */
async function launchWithBoth(builds: BenchBuilds, proxy: RequestLogger): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_EXECUTABLE,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID,
        [FLOOR_ID]: FLOOR_UUID,
        [AGAINST_FIREFOX_ID]: AGAINST_UUID,
      }),
      ...proxyPrefs(proxy),
    },
  });
  try {
    await browser.installExtension(builds.crosscheck);
    await browser.installExtension(builds.floor);
    if (builds.against) await browser.installExtension(builds.against);
    const first = (await browser.pages())[0];
    await first?.setViewport({ width: 1280, height: 900 });
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Firefox cannot press the toolbar button headless: the popup page is opened as a new tab (it then analyses
 * the most recently used other tab, the page). The "click" time is taken just before that navigation.
 */
export async function startFirefox(builds: BenchBuilds, proxy: RequestLogger): Promise<BrowserSession> {
  const browser = await launchWithBoth(builds, proxy);
  const uuids: Record<ExtensionKind, string> = {
    crosscheck: FIREFOX_EXTENSION_UUID,
    floor: FLOOR_UUID,
    against: AGAINST_UUID,
  };
  const optionsPages = new Map<ExtensionKind, Page>();
  const kinds: ExtensionKind[] = builds.against ? ['crosscheck', 'against'] : ['crosscheck'];
  return {
    setReferences: async (articles) => {
      for (const kind of kinds) {
        let page = optionsPages.get(kind);
        if (!page) {
          page = await browser.newPage();
          await navigateWithBidi(browser, page, `moz-extension://${uuids[kind]}/options.html`);
          optionsPages.set(kind, page);
        }
        const options = page;
        // Firefox clicks only in the front tab.
        await setLibraryReferences(options, articles, async (selector) => {
          await options.bringToFront();
          await options.click(selector);
        });
      }
    },
    spec: (kind, url) => ({
      kind,
      browser,
      url,
      origin: `moz-extension://${uuids[kind]}`,
      highlightNames: kind === 'floor' ? FLOOR_HIGHLIGHTS : CROSSCHECK_HIGHLIGHTS,
      outsideRequests: () => outsideTargets(proxy, 'firefox'),
      foreground: false,
      trigger: async () => {
        const popup = await browser.newPage();
        const clickAt = Date.now();
        await navigateWithBidi(browser, popup, `moz-extension://${uuids[kind]}/popup.html`);
        return { clickAt, popup };
      },
    }),
    close: () => browser.close(),
  };
}
