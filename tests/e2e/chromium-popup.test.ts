import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton, launchChromium, type LaunchedChromium } from './harness/chromium.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { startRequestLogger, type RequestLogger } from './harness/request-logger.ts';
import { requestsNotFromBrowser, watchPageRequests } from './harness/browser-traffic.ts';
import { pageVisibleText } from './harness/page-text.ts';
import { highlightRangeCounts } from './harness/highlights.ts';
import { payloadRan, readSettledPopup, type PopupView } from './harness/popup-view.ts';
import { saveScreenshot } from './harness/screenshots.ts';
import { CHROME_BUILD_DIR } from './harness/paths.ts';
import {
  HOSTILE_MARKUP_PAGE,
  NOT_ARTICLE_PAGES,
  SEED_ARTICLES,
  UNRELATED_ARTICLE,
  UNUSUAL_TEXT_ARTICLES,
  wordCountFromNode,
  type ExpectedArticle,
} from './harness/expected-articles.ts';

let server: FixtureServer;
let logger: RequestLogger;
let chromium: LaunchedChromium;
/** Requests to outside hosts seen on the article pages and popups (the extension's content script and UI). */
const outsideRequests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  logger = await startRequestLogger();
  chromium = await launchChromium(CHROME_BUILD_DIR, { proxy: logger });
});

afterAll(async () => {
  await chromium?.close();
  await logger?.close();
  await server?.close();
});

interface Analysed {
  view: PopupView;
  textBefore: string;
  textAfter: string;
  /** CSS highlights in the page after analysis: name → number of ranges. */
  marks: Record<string, number>;
  page: Page;
  popup: Page;
}

/** Opens a page, presses the toolbar button, waits for the popup's result; screenshots both. */
async function analyse(url: string, screenshotName: string): Promise<Analysed> {
  const page = await chromium.browser.newPage();
  const pageOutside = watchPageRequests(page);
  await page.goto(url, { waitUntil: 'load' });
  const textBefore = url.startsWith('http') ? await pageVisibleText(page) : '';
  const popup = await clickToolbarButton(chromium.browser, chromium.extensionId, page);
  const popupOutside = watchPageRequests(popup);
  const view = await readSettledPopup(popup);
  const textAfter = url.startsWith('http') ? await pageVisibleText(page) : '';
  const marks = url.startsWith('http') ? await highlightRangeCounts(page) : {};
  await saveScreenshot(popup, `chromium-popup-${screenshotName}`);
  await saveScreenshot(page, `chromium-page-${screenshotName}`);
  outsideRequests.push(...pageOutside, ...popupOutside);
  return { view, textBefore, textAfter, marks, page, popup };
}

async function closeAll(...pages: Page[]): Promise<void> {
  for (const page of pages) await page.close().catch(() => undefined);
}

function expectArticleShown(view: PopupView, expected: ExpectedArticle): void {
  expect(view.state, view.status ?? '').toBe('ready');
  expect(view.title).toBe(expected.title);
  expect(view.site).toBe(expected.site);
  expect(view.byline).toContain(expected.bylineIncludes);
  expect(view.lang).toBe(expected.lang);
  expect(view.words).toBe(wordCountFromNode(expected.page));
}

describe('Chromium: pressing the toolbar button', () => {
  it.each([...SEED_ARTICLES, UNRELATED_ARTICLE])(
    'shows title, site, byline and words for $page',
    async (expected) => {
      const { view, textBefore, textAfter, page, popup } = await analyse(
        server.url(expected.page),
        expected.page,
      );
      try {
        expectArticleShown(view, expected);
        expect(textAfter).toBe(textBefore);
      } finally {
        await closeAll(popup, page);
      }
    },
  );

  it.each(UNUSUAL_TEXT_ARTICLES)(
    'keeps RTL, invisible and combining characters and emoji in $page',
    async (expected) => {
      const { view, textBefore, textAfter, marks, page, popup } = await analyse(
        server.url(expected.page),
        expected.page,
      );
      try {
        expectArticleShown(view, expected);
        expect(textAfter).toBe(textBefore);
        expect(Object.keys(marks).filter((name) => !name.startsWith('crosscheck-'))).toEqual([]);
      } finally {
        await closeAll(popup, page);
      }
    },
  );

  it.each(NOT_ARTICLE_PAGES)('says %s does not look like an article', async (name) => {
    const { view, textBefore, textAfter, marks, page, popup } = await analyse(server.url(name), name);
    try {
      expect(view.state).toBe('not-an-article');
      expect(view.status).toContain('does not look like an article');
      expect(textAfter).toBe(textBefore);
      expect(marks).toEqual({});
    } finally {
      await closeAll(popup, page);
    }
  });

  it("says it can't read chrome://settings", async () => {
    const { view, page, popup } = await analyse('chrome://settings', 'chrome-settings');
    try {
      expect(view.state).toBe('not-allowed');
      expect(view.status).toMatch(/^Crosscheck can't read this page/);
    } finally {
      await closeAll(popup, page);
    }
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const { view, page, popup } = await analyse(
      server.url(HOSTILE_MARKUP_PAGE.page),
      HOSTILE_MARKUP_PAGE.page,
    );
    try {
      expect(view.state, view.status ?? '').toBe('ready');
      expect(view.title).toBe(HOSTILE_MARKUP_PAGE.title);
      expect(view.injectedElementCount).toBe(0);
      expect(await payloadRan(popup)).toBe(false);
      expect(await payloadRan(page)).toBe(false);
    } finally {
      await closeAll(popup, page);
    }
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(outsideRequests).toEqual([]);
    expect(requestsNotFromBrowser(logger.requests, 'chromium')).toEqual([]);
  });
});
