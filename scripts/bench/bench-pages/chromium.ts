import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';
import { launchChromium } from '../../../tests/e2e/harness/chromium.ts';
import type { RequestLogger } from '../../../tests/e2e/harness/request-logger.ts';
import { requestsNotFromBrowser } from '../../../tests/e2e/harness/browser-traffic.ts';
import type { BenchBuilds } from './builds.ts';
import { setLibraryReferences } from './library-references.ts';
import type { ExtensionKind, RunSpec } from './run-page.ts';
import { CROSSCHECK_HIGHLIGHTS, FLOOR_HIGHLIGHTS } from './probe.ts';

export interface BrowserSession {
  /** Everything needed to run one extension on one page, but the page's URL. */
  spec(kind: ExtensionKind, url: string): RunSpec;
  /** Makes these articles Crosscheck's whole library, through its options page (library-references.ts). */
  setReferences(articles: PackArticle[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Presses an extension's real toolbar button for `page` (CDP Extensions.triggerAction grants activeTab as a
 * click does). Chromium 156 lists `tab` targets only for `filter: [{}]`. The click time is taken just before
 * the command is sent.
 */
async function pressButton(
  browser: Browser,
  session: CDPSession,
  extensionId: string,
  page: Page,
): Promise<{ clickAt: number; popup: Page }> {
  const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
  const tab = targetInfos.find((info) => info.type === 'tab' && info.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  await page.bringToFront();
  const prefix = `chrome-extension://${extensionId}/popup.html`;
  const opened = browser.waitForTarget((target) => target.url().startsWith(prefix), { timeout: 10_000 });
  const clickAt = Date.now();
  await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popup = await (await opened).asPage();
  return { clickAt, popup };
}

/** Debian's Chromium with both extensions installed (harness launcher), traffic off 127.0.0.1 to `proxy`. */
export async function startChromium(builds: BenchBuilds, proxy: RequestLogger): Promise<BrowserSession> {
  const launched = await launchChromium(builds.crosscheck, { proxy });
  try {
    const { browser } = launched;
    const ids: Record<ExtensionKind, string> = {
      crosscheck: launched.extensionId,
      floor: await browser.installExtension(builds.floor),
      // bench-pages takes --against for Firefox only.
      against: '',
    };
    const session = await browser.target().createCDPSession();
    const backgroundErrors: { at: number; text: string }[] = [];
    const worker = await browser
      .waitForTarget(
        (target) =>
          target.type() === 'service_worker' &&
          target.url().startsWith(`chrome-extension://${ids.crosscheck}/`),
        { timeout: 5_000 },
      )
      .then((target) => target.worker())
      .catch(() => null);
    worker?.on('console', (message) => {
      if (message.type() === 'error') backgroundErrors.push({ at: Date.now(), text: message.text() });
    });
    worker?.on('error', (error) => backgroundErrors.push({ at: Date.now(), text: String(error) }));
    let optionsPage: Page | undefined;
    return {
      setReferences: async (articles) => {
        if (!optionsPage) {
          optionsPage = await browser.newPage();
          await optionsPage.goto(`chrome-extension://${ids.crosscheck}/options.html`);
        }
        const page = optionsPage;
        await setLibraryReferences(page, articles, (selector) => page.click(selector));
      },
      spec: (kind, url) => ({
        kind,
        browser,
        url,
        origin: `chrome-extension://${ids[kind]}`,
        highlightNames: kind === 'crosscheck' ? CROSSCHECK_HIGHLIGHTS : FLOOR_HIGHLIGHTS,
        outsideRequests: () => outsideTargets(proxy, 'chromium'),
        foreground: true,
        trigger: (page) => pressButton(browser, session, ids[kind], page),
        backgroundErrors: kind === 'crosscheck' ? backgroundErrors : [],
      }),
      close: async () => {
        await session.detach().catch(() => undefined);
        await launched.close();
      },
    };
  } catch (error) {
    await launched.close();
    throw error;
  }
}

/** What left 127.0.0.1 so far (the proxy refused it all), the browser's own update/account checks left out. */
export function outsideTargets(proxy: RequestLogger, browserName: 'chromium' | 'firefox'): string[] {
  return requestsNotFromBrowser(proxy.requests, browserName).map(
    (request) => `${request.method} ${request.target}`,
  );
}
