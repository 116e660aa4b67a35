/** Pages browsers keep extensions out of, and the plain reason a reader is told. */

export const CANNOT_READ = "Crosscheck can't read this page";

const RULES: { test: (url: URL) => boolean; reason: string }[] = [
  {
    test: (url) =>
      ['chrome:', 'edge:', 'about:', 'brave:', 'opera:', 'vivaldi:', 'devtools:'].includes(url.protocol),
    reason: 'browser pages are off limits to extensions.',
  },
  {
    test: (url) => ['chrome-extension:', 'moz-extension:', 'extension:'].includes(url.protocol),
    reason: "other extensions' pages are off limits.",
  },
  { test: (url) => url.protocol === 'view-source:', reason: 'source views are off limits to extensions.' },
  {
    test: (url) =>
      url.hostname === 'chromewebstore.google.com' ||
      (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore')) ||
      url.hostname === 'addons.mozilla.org' ||
      url.hostname === 'microsoftedge.microsoft.com',
    reason: 'browsers protect extension stores from extensions.',
  },
  { test: (url) => /\.pdf$/i.test(url.pathname), reason: "PDF files open in the browser's own viewer." },
  {
    test: (url) => url.protocol === 'file:',
    reason: 'files on your computer need "Allow access to file URLs" in the extension settings.',
  },
  {
    test: (url) => url.protocol === 'data:' || url.protocol === 'blob:',
    reason: 'generated pages cannot be read.',
  },
];

/** The reason a page cannot be read, or null when nothing forbids it (injection may still fail). */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const rule = RULES.find((r) => r.test(parsed));
  return rule ? `${CANNOT_READ}: ${rule.reason}` : null;
}

/** The message for a page the browser refused to let us read, whatever the URL looked like. */
export function refusedMessage(url: string | undefined): string {
  return restrictionOf(url) ?? `${CANNOT_READ}: the browser did not let the extension read it.`;
}
