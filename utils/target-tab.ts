import { browser, type Browser } from 'wxt/browser';

/**
 * The tab to analyse: `popup.html?tabId=N` when given (tests, power users); otherwise the active tab of
 * the window. When the popup itself is open as a tab, the most recently used other tab.
 */
export async function findTargetTab(location: Location): Promise<Browser.tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested);
  const self = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query({ currentWindow: true });
  const others = tabs.filter((tab) => tab.id !== undefined && tab.id !== self?.id);
  if (!self) return others.find((tab) => tab.active) ?? others[0];
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}
