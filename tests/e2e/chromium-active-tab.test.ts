import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  launchChromium,
  popupUrlPrefix,
  type LaunchedChromium,
} from './harness/chromium.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { copyWithoutHostPermissions, type CopiedBuild } from './harness/user-build.ts';
import { readSettledPopup } from './harness/popup-view.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { CHROME_BUILD_DIR } from './harness/paths.ts';
import { SEED_ARTICLES } from './harness/expected-articles.ts';

// The permissions users install: activeTab, scripting, storage and no host permission. The page can be read
// after the toolbar button is pressed, and not without it.

let server: FixtureServer;
let build: CopiedBuild;
let chromium: LaunchedChromium;
const article = SEED_ARTICLES[0]!;

beforeAll(async () => {
  server = await startFixtureServer();
  build = await copyWithoutHostPermissions(CHROME_BUILD_DIR);
  chromium = await launchChromium(build.dir);
});

afterAll(async () => {
  await chromium?.close();
  await build?.remove();
  await server?.close();
});

describe('Chromium with only activeTab', () => {
  it('reads the article after the toolbar button is pressed', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(server.url(article.page));
    const popup = await clickToolbarButton(chromium.browser, chromium.extensionId, page);
    const view = await readSettledPopup(popup);
    await saveScreenshot(popup, 'chromium-active-tab-popup-after-click');
    expect(view.state, view.status ?? '').toBe('ready');
    expect(view.title).toBe(article.title);
    await popup.close();
    await page.close();
  });

  it('cannot read a page without the click, and says so', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(server.url(article.page));
    // The popup opened as a tab (no click) analyses the most recently used other tab; leave the article
    // as the only other tab, so that is the page it tries to read.
    for (const other of await chromium.browser.pages()) if (other !== page) await other.close();
    const popup = await chromium.browser.newPage();
    await popup.goto(popupUrlPrefix(chromium.extensionId));
    const view = await readSettledPopup(popup);
    await saveScreenshot(popup, 'chromium-active-tab-popup-without-click');
    expect(view.state, view.status ?? '').toBe('not-allowed');
    expect(view.status).toMatch(/^Crosscheck can't read this page/);
    await popup.close();
    await page.close();
  });
});
