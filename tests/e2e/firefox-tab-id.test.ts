import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxTabIdOf, launchFirefox, openPopupAsTab, type LaunchedFirefox } from './harness/firefox.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { readSettledPopup } from './harness/popup-view.ts';
import { FIREFOX_BUILD_DIR } from './harness/paths.ts';
import { SEED_ARTICLES } from './harness/expected-articles.ts';

// popup.html?tabId=N analyses tab N, even when another tab was used more recently.

let server: FixtureServer;
let firefox: LaunchedFirefox;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox(FIREFOX_BUILD_DIR);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox popup.html?tabId=N', () => {
  it('analyses tab N, not the most recently used tab', async () => {
    const [wanted, other] = [SEED_ARTICLES[1]!, SEED_ARTICLES[2]!];
    const wantedPage = await firefox.browser.newPage();
    await wantedPage.goto(server.url(wanted.page));
    const otherPage = await firefox.browser.newPage();
    await otherPage.goto(server.url(other.page));
    const tabId = await firefoxTabIdOf(firefox.browser, firefox.uuid, server.url(wanted.page));
    await otherPage.bringToFront();

    const popup = await openPopupAsTab(firefox.browser, firefox.uuid, tabId);
    const view = await readSettledPopup(popup);
    expect(view.state, view.status ?? '').toBe('ready');
    expect(view.title).toBe(wanted.title);
    for (const page of [popup, otherPage, wantedPage]) await page.close();
  });
});
