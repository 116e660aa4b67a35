import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type AnalysedPage } from './harness/analyse-page.ts';
import { requestsNotFromBrowser } from './harness/browser-traffic.ts';
import { openBrowserSession, type BrowserSession } from './harness/browser-session.ts';
import type { BrowserName, ExtensionDriver } from './harness/extension-driver.ts';
import type { FixtureServer } from './harness/fixture-server.ts';
import { payloadRan, type PopupView } from './harness/popup-view.ts';
import type { RequestLogger } from './harness/request-logger.ts';
import { pollUntil, popupSummary } from './harness/reading-ui.ts';
import { SIGNALS } from '../../lib/promotion/signals/index.ts';
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

  it('puts what matters first: counts that jump to their sections, in the same order, in plain words', async () => {
    const analysed = await analyse('seed-000-peace-talks.html');
    try {
      const { popup } = analysed;
      if (browserName === 'firefox') await popup.bringToFront();
      const summary = await popupSummary(popup);
      expect(summary.map((count) => count.id)).toEqual([
        'conflicting',
        'promotions',
        'missing',
        'corroborated',
        'unsupported',
      ]);
      const sections = (await popup.evaluate(
        `Array.from(document.querySelectorAll('details.section')).map((d) => d.getAttribute('data-testid').replace('section-', ''))`,
      )) as string[];
      expect(sections).toEqual(summary.filter((count) => count.jumps).map((count) => count.id));
      // The page has an injected promotion: the popup names it at the top.
      expect(summary.find((count) => count.id === 'promotions')?.text).toMatch(/^[1-9]\d* promotions?$/);

      for (const { id, text, jumps } of summary) {
        const count = Number(text.match(/^\d+/)?.[0]);
        const items = await popup.evaluate(
          `document.querySelectorAll('[data-testid="section-${id}"] [data-testid="report-item"]').length`,
        );
        expect(items, `"${text}" counts the items of its section`).toBe(count);
        expect(jumps).toBe(count > 0);
        if (!jumps) continue;
        await (await popup.$(`button[data-testid="summary-${id}"]`))!.click();
        const where = await pollUntil(
          () =>
            popup.evaluate(`(() => {
              const section = document.getElementById('section-${id}');
              const room = document.documentElement.scrollHeight - innerHeight - scrollY;
              return { open: section.open, top: section.getBoundingClientRect().top, room,
                focused: document.activeElement === section.querySelector('summary') };
            })()`) as Promise<{ open: boolean; top: number; room: number; focused: boolean }>,
          (now) => now.open && now.focused,
        );
        expect(where.open && where.focused, `${id}: open, keyboard on its heading`).toBe(true);
        // At the top of the popup, unless the popup cannot scroll any further.
        expect(Math.abs(where.top) < 2 || where.room < 2, JSON.stringify(where)).toBe(true);
      }

      // Plain words: no signal id, no "(s)".
      const shown = (await popup.evaluate('document.body.innerText')) as string;
      for (const signal of SIGNALS.filter((s) => s.id.includes('-'))) expect(shown).not.toContain(signal.id);
      expect(shown).not.toMatch(/\(s\)/);
      const promotionNotes = (await popup.evaluate(
        `Array.from(document.querySelectorAll('[data-testid="section-promotions"] :is(.hint, .note, .reasons li)')).map((n) => n.textContent.trim())`,
      )) as string[];
      expect(promotionNotes.length).toBeGreaterThan(0);
      for (const note of promotionNotes) expect(note).toMatch(/^[A-Za-z].* [a-z]+/);
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
