import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { CHROMIUM_EXECUTABLE } from './paths.ts';

export interface LaunchedChromium {
  browser: Browser;
  extensionId: string;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /** Send every request not to 127.0.0.1 through this proxy (see request-logger.ts). */
  proxy?: { host: string; port: number };
}

/** Debian's Chromium, headless, fresh temporary profile, with the unpacked extension in `extensionDir`. */
export async function launchChromium(
  extensionDir: string,
  options: ChromiumOptions = {},
): Promise<LaunchedChromium> {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'crosscheck-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1280, height: 900 },
    args: [
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-domain-reliability',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--no-pings',
      '--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,Translate',
      ...(options.proxy ? [`--proxy-server=http://${options.proxy.host}:${options.proxy.port}`] : []),
    ],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return {
      browser,
      extensionId,
      close: async () => {
        await browser.close();
        await rm(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export function popupUrlPrefix(extensionId: string): string {
  return `chrome-extension://${extensionId}/popup.html`;
}

/**
 * Presses the extension's real toolbar button for `page`'s tab (CDP Extensions.triggerAction, which
 * grants activeTab as a click does) and returns the popup page once it has opened.
 */
export async function clickToolbarButton(browser: Browser, extensionId: string, page: Page): Promise<Page> {
  const isPopup = (target: Target) => target.url().startsWith(popupUrlPrefix(extensionId));
  const popupsBefore = new Set(browser.targets().filter(isPopup));
  const session = await browser.target().createCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const pageUrl = page.url();
    const tabs = targetInfos.filter((info) => info.type === 'tab' && info.url === pageUrl);
    const tab = tabs[0];
    if (!tab) throw new Error(`No tab target found for ${pageUrl}`);
    if (tabs.length > 1) throw new Error(`Several tabs show ${pageUrl}: cannot tell which one to click`);
    await page.bringToFront();
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
  // A popup left open by an earlier click must not be mistaken for this one.
  const popupTarget = await browser.waitForTarget((target) => isPopup(target) && !popupsBefore.has(target), {
    timeout: 10_000,
  });
  const popup = await popupTarget.asPage();
  await popup.setViewport({ width: 420, height: 700 });
  return popup;
}
