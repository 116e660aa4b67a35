import { describe, expect, it } from 'vitest';
import { CANNOT_READ, refusedMessage, restrictionOf } from '../../lib/page-access.ts';

describe('restrictionOf', () => {
  it.each([
    'chrome://settings/',
    'about:addons',
    'edge://extensions',
    'chrome-extension://abc/popup.html',
    'moz-extension://abc/popup.html',
    'view-source:https://example.com/',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.com/report.pdf',
    'file:///home/me/page.html',
  ])('refuses %s with a plain reason', (url) => {
    expect(restrictionOf(url)).toMatch(new RegExp(`^${CANNOT_READ}: .+`));
  });

  it.each(['https://news.example.com/world/story', 'http://127.0.0.1:8080/page.html'])('allows %s', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });

  it('still explains a refusal when the address is unknown', () => {
    expect(refusedMessage(undefined)).toMatch(/^Crosscheck can't read this page/);
  });
});
