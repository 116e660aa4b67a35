import type { HTTPRequest, Page } from 'puppeteer-core';
import type { LoggedRequest } from './request-logger.ts';

/**
 * Hosts the browsers call on their own, with no extension installed (measured on this machine: Chromium
 * with --disable-background-networking still checks updates and accounts; Firefox polls Remote Settings).
 * Requests to them cannot be told apart from the extension's at the proxy, so they are left out there;
 * the extension's own pages are watched request by request as well (see watchPageRequests).
 */
export const BROWSER_OWN_HOSTS: Record<'chromium' | 'firefox', readonly string[]> = {
  chromium: ['update.googleapis.com', 'accounts.google.com', 'clients2.google.com'],
  firefox: ['firefox.settings.services.mozilla.com'],
};

function hostOf(request: LoggedRequest): string {
  if (request.method === 'CONNECT') return request.target.replace(/:\d+$/, '');
  try {
    return new URL(request.target).hostname;
  } catch {
    return request.target;
  }
}

/** Requests that reached the proxy (so left 127.0.0.1) and did not come from the browser itself. */
export function requestsNotFromBrowser(
  logged: readonly LoggedRequest[],
  browserName: keyof typeof BROWSER_OWN_HOSTS,
): LoggedRequest[] {
  const own = new Set(BROWSER_OWN_HOSTS[browserName]);
  return logged.filter((request) => !own.has(hostOf(request)));
}

const LOCAL_URL = /^(http:\/\/127\.0\.0\.1[:/]|chrome-extension:|moz-extension:|data:|blob:|about:|chrome:)/;

/** Records every request `page` makes to anything but 127.0.0.1 and the browser's or extension's own URLs. */
export function watchPageRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request: HTTPRequest) => {
    if (!LOCAL_URL.test(request.url())) outside.push(request.url());
  });
  return outside;
}
