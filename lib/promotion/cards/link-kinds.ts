import rules from '../data/links.json';

export type LinkKind = 'sponsored' | 'affiliate';

const affiliateValues: Record<string, string[]> = rules.affiliateParamValues;

// Pages repeat their links (menus, share buttons) and several readers classify the same link: remember the
// answers (a bounded memo, emptied for each page; parsing an address is the costly part).
const memo = new Map<string, LinkKind | null>();
const MEMO_SIZE = 20_000;

/** Empties the memo of link kinds: called when a page's scan starts, so the memo serves that page only. */
export function forgetLinks(): void {
  memo.clear();
}

/** Whether a link is marked sponsored or carries affiliate tracking (network host or tracking parameter). */
export function classifyLink(href: string, rel: string): LinkKind | null {
  const key = `${rel.length}:${rel}${href}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const kind = classify(href, rel);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, kind);
  return kind;
}

function classify(href: string, rel: string): LinkKind | null {
  if (
    rel
      .toLowerCase()
      .split(/\s+/)
      .some((value) => rules.sponsoredRel.includes(value))
  )
    return 'sponsored';
  if (isRelative(href)) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://page.invalid/');
  } catch {
    return null;
  }
  if (url.hostname === 'page.invalid') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const hostAndPath = host + url.pathname;
  if (rules.affiliateHosts.some((pattern) => matchesHost(host, hostAndPath, pattern))) return 'affiliate';
  for (const [key, value] of url.searchParams) {
    const name = key.toLowerCase();
    if (rules.affiliateParams.includes(name) && value) return 'affiliate';
    if (affiliateValues[name]?.includes(value.toLowerCase())) return 'affiliate';
  }
  return null;
}

// What the URL parser ignores before reading an address (tabs and newlines anywhere, then leading controls and
// spaces), and how an absolute address starts: a scheme, or two slashes (a backslash counts as one).
const IGNORED = /[\t\n\r]/g;
const LEADING = /^[\u0000-\u0020]+/;
const ABSOLUTE = /^(?:[a-z][a-z\d+.-]*:|[\\/]{2})/i;

/** A relative link stays on the page's own site, so it is never an affiliate link: no need to parse it. */
function isRelative(href: string): boolean {
  return !ABSOLUTE.test(href.replace(IGNORED, '').replace(LEADING, ''));
}

function matchesHost(host: string, hostAndPath: string, pattern: string): boolean {
  if (pattern.endsWith('.')) return host.startsWith(pattern) || host.includes(`.${pattern}`);
  if (pattern.includes('/')) return hostAndPath.startsWith(pattern);
  return host === pattern || host.endsWith(`.${pattern}`);
}
