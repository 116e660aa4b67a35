import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './extension-driver.ts';

export type ColorScheme = 'light' | 'dark';

interface BidiConnection {
  send(method: string, params: Record<string, unknown>): Promise<{ result: unknown }>;
}

interface ChromeContext {
  context: string;
  url: string;
  children?: ChromeContext[];
}

/**
 * Firefox's system theme, switched at run time: WebDriver BiDi has no prefers-color-scheme emulation and
 * puppeteer's emulateMediaFeatures is CDP-only, so this sets the `ui.systemUsesDarkTheme` pref from the
 * browser window's chrome context (launchFirefox sets MOZ_REMOTE_ALLOW_SYSTEM_ACCESS=1, which allows it).
 * Every page, extension pages included, follows it, as they follow a real system theme.
 */
export async function setFirefoxColorScheme(browser: Browser, scheme: ColorScheme): Promise<void> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const window = (result as { contexts: ChromeContext[] }).contexts.find((context) =>
    context.url.startsWith('chrome://browser/'),
  );
  if (!window) throw new Error('No Firefox browser window to set the theme from');
  await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('ui.systemUsesDarkTheme', ${scheme === 'dark' ? 1 : 0})`,
    target: { context: window.context },
    awaitPromise: false,
  });
}

/**
 * Makes `page` render in `scheme`: Chromium emulates the media feature on that page; Firefox switches the
 * whole browser's system theme (see setFirefoxColorScheme). Waits until the page's media query agrees.
 */
export async function useColorScheme(
  browserName: BrowserName,
  browser: Browser,
  page: Page,
  scheme: ColorScheme,
): Promise<void> {
  if (browserName === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  } else {
    await setFirefoxColorScheme(browser, scheme);
  }
  const query = `matchMedia('(prefers-color-scheme: ${scheme})').matches`;
  const started = Date.now();
  while (!(await page.evaluate(query))) {
    if (Date.now() - started > 3_000)
      throw new Error(`${browserName} did not switch ${page.url()} to ${scheme}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
