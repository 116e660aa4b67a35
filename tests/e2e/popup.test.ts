import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type AnalysedPage } from './harness/analyse-page.ts';
import { requestsNotFromBrowser } from './harness/browser-traffic.ts';
import { openBrowserSession, type BrowserSession } from './harness/browser-session.ts';
import type { BrowserName, ExtensionDriver } from './harness/extension-driver.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { payloadRan, type PopupView } from './harness/popup-view.ts';
import type { RequestLogger } from './harness/request-logger.ts';
import {
  HOSTILE_MARKUP_PAGE,
  NOT_ARTICLE_PAGES,
  SEED_ARTICLES,
  UNRELATED_ARTICLE,
  UNUSUAL_TEXT_ARTICLES,
  wordCountFromNode,
  type ExpectedArticle,
} from './harness/expected-articles.ts';

// The popup in real Chromium (toolbar button pressed through CDP) and Firefox ESR (popup opened as a tab).

function expectArticleShown(view: PopupView, expected: ExpectedArticle): void {
  expect(view.state, view.status ?? '').toBe('ready');
  expect(view.title).toBe(expected.title);
  expect(view.site).toBe(expected.site);
  expect(view.byline).toContain(expected.bylineIncludes);
  expect(view.lang).toBe(expected.lang);
  // The command line reads the same page with the same engine: same count.
  expect(view.words).toBe(wordCountFromNode(expected.page));
}

function markNamesOutsideNamespace(marks: Record<string, number>): string[] {
  return Object.keys(marks).filter((name) => !name.startsWith('crosscheck-'));
}

const totalMarks = (marks: Record<string, number>) => Object.values(marks).reduce((sum, n) => sum + n, 0);

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

  async function analyse(page: string): Promise<AnalysedPage> {
    const analysed = await analysePage(driver, page.includes(':') ? page : server.url(page), page);
    outsideRequests.push(...analysed.outsideRequests);
    return analysed;
  }

  it.each(SEED_ARTICLES)('shows title, site, byline, language and words for $page', async (expected) => {
    const analysed = await analyse(expected.page);
    try {
      expectArticleShown(analysed.view, expected);
      expect(analysed.textAfter).toBe(analysed.textBefore);
      expect(markNamesOutsideNamespace(analysed.marks)).toEqual([]);
      // Every seed story is also covered by other seeds, so some of its sentences get marked.
      expect(totalMarks(analysed.marks)).toBeGreaterThan(0);
    } finally {
      await analysed.close();
    }
  });

  it.each([UNRELATED_ARTICLE, ...UNUSUAL_TEXT_ARTICLES])(
    'shows the article and leaves the text alone for $page',
    async (expected) => {
      const analysed = await analyse(expected.page);
      try {
        expectArticleShown(analysed.view, expected);
        expect(analysed.textAfter).toBe(analysed.textBefore);
        expect(markNamesOutsideNamespace(analysed.marks)).toEqual([]);
      } finally {
        await analysed.close();
      }
    },
  );

  it.each(NOT_ARTICLE_PAGES)('says %s does not look like an article', async (page) => {
    const analysed = await analyse(page);
    try {
      expect(analysed.view.state).toBe('not-an-article');
      expect(analysed.view.status).toContain('does not look like an article');
      expect(analysed.textAfter).toBe(analysed.textBefore);
      expect(analysed.marks).toEqual({});
    } finally {
      await analysed.close();
    }
  });

  it("says it can't read a browser page", async () => {
    const analysed = await analysePage(driver, driver.restrictedUrl, 'restricted-page');
    try {
      expect(analysed.view.state, analysed.view.status ?? '').toBe('not-allowed');
      expect(analysed.view.status).toMatch(/^Crosscheck can't read this page/);
    } finally {
      await analysed.close();
    }
  });

  it('shows markup in an article as text and runs none of it', async () => {
    const analysed = await analyse(HOSTILE_MARKUP_PAGE.page);
    try {
      expect(analysed.view.state, analysed.view.status ?? '').toBe('ready');
      expect(analysed.view.title).toBe(HOSTILE_MARKUP_PAGE.title);
      expect(analysed.view.injectedElementCount).toBe(0);
      expect(await payloadRan(analysed.popup)).toBe(false);
      expect(await payloadRan(analysed.page)).toBe(false);
    } finally {
      await analysed.close();
    }
  });

  it('made no request to any host but 127.0.0.1', () => {
    expect(outsideRequests).toEqual([]);
    expect(requestsNotFromBrowser(logger.requests, browserName)).toEqual([]);
  });
});
