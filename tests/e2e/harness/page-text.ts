import type { Page } from 'puppeteer-core';

/** What a reader sees as text: document.body.innerText (evaluated from a string, so no bundler helpers leak in). */
export async function pageVisibleText(page: Page): Promise<string> {
  return page.evaluate('document.body.innerText') as Promise<string>;
}
