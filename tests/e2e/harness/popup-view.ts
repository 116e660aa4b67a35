import type { Page } from 'puppeteer-core';

export type PopupStateName = 'loading' | 'ready' | 'not-an-article' | 'not-allowed' | 'error';

/** What the popup shows once it has finished (any state but "loading"). */
export interface PopupView {
  state: PopupStateName;
  status: string | null;
  title: string | null;
  site: string | null;
  byline: string | null;
  lang: string | null;
  wordsText: string | null;
  /** The number in the word-count line, or null when there is none. */
  words: number | null;
  /** Elements the popup rendered that could only come from markup in the page's text. */
  injectedElementCount: number;
}

const SETTLED = '[data-state]:not([data-state="loading"])';

// Runs inside the popup; written as a string so no bundler helpers are referenced there.
const READ_POPUP = `(() => {
  const text = (id) => document.querySelector('[data-testid="' + id + '"]')?.textContent?.trim() ?? null;
  return {
    state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
    status: text('popup-status'),
    title: text('article-title'),
    site: text('article-site'),
    byline: text('article-byline'),
    lang: text('article-lang'),
    wordsText: text('article-words'),
    injectedElementCount: document.querySelectorAll('img[src="x"], svg[onload], iframe, script:not([src]), b[onmouseover]').length,
  };
})()`;

/** Waits until the popup leaves its loading state, then reads what it shows. */
export async function readSettledPopup(popup: Page, timeout = 20_000): Promise<PopupView> {
  await popup.waitForSelector(SETTLED, { timeout });
  const view = (await popup.evaluate(READ_POPUP)) as Omit<PopupView, 'words'>;
  const digits = view.wordsText?.match(/\d[\d,.\s]*/)?.[0]?.replace(/[^\d]/g, '');
  return { ...view, words: digits ? Number(digits) : null };
}

/** Whether any payload in a hostile fixture ran in this page (they all set window.__crosscheckPwned). */
export async function payloadRan(page: Page): Promise<boolean> {
  return (await page.evaluate('window.__crosscheckPwned !== undefined')) as boolean;
}
