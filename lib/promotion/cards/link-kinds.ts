import rules from '../data/links.json';

export type LinkKind = 'sponsored' | 'affiliate';

const affiliateValues: Record<string, string[]> = rules.affiliateParamValues;

// Pages repeat their links (menus, share buttons) and several readers classify the same link: remember the
// answers (a bounded memo, emptied for each page; parsing an address is the costly part). Keyed by rel, then by
// address: most links have no rel, and a key made of both would be a new string to hash for every link.
const memo = new Map<string, Map<string, LinkKind | null>>();
let memoSize = 0;
const MEMO_SIZE = 20_000;

/** Empties the memo of link kinds: called when a page's scan starts, so the memo serves that page only. */
export function forgetLinks(): void {
  memo.clear();
  memoSize = 0;
}

/** Whether a link is marked sponsored or carries affiliate tracking (network host or tracking parameter). */
export function classifyLink(href: string, rel: string): LinkKind | null {
  let byHref = memo.get(rel);
  const known = byHref?.get(href);
  if (known !== undefined) return known;
  const kind = classify(href, rel);
  if (memoSize >= MEMO_SIZE) forgetLinks();
  if (!byHref || memoSize === 0) {
    byHref = new Map();
    memo.set(rel, byHref);
  }
  byHref.set(href, kind);
  memoSize++;
  return kind;
}

function classify(href: string, rel: string): LinkKind | null {
  if (
    rel !== '' &&
    rel
      .toLowerCase()
      .split(/\s+/)
      .some((value) => rules.sponsoredRel.includes(value))
  )
    return 'sponsored';
  if (isRelative(href) || cannotBeAffiliate(href)) return null;
  return kindByParsing(href);
}

/** The kind of an absolute address, read by the URL parser (the costly part of classifying a link). */
export function kindByParsing(href: string): LinkKind | null {
  let url: URL;
  try {
    url = new URL(href, 'https://page.invalid/');
  } catch {
    return null;
  }
  if (url.hostname === 'page.invalid') return null;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const hostAndPath = host + url.pathname;
  if (isAffiliateHost(host, hostAndPath)) return 'affiliate';
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
  // Most addresses need no cleaning: an address that reads as absolute as written stays absolute once cleaned.
  if (ABSOLUTE.test(href)) return false;
  return !ABSOLUTE.test(href.replace(IGNORED, '').replace(LEADING, ''));
}

// The affiliate hosts by how they match: the host or a parent domain of it ("amazon.com"), a host that starts with
// a label ("affiliates."), or a host and the start of its path ("bit.ly/aff").
const DOMAINS = new Set(
  rules.affiliateHosts.filter((pattern) => !pattern.endsWith('.') && !pattern.includes('/')),
);
const LABELS = rules.affiliateHosts.filter((pattern) => pattern.endsWith('.'));
const PATHS = rules.affiliateHosts.filter((pattern) => !pattern.endsWith('.') && pattern.includes('/'));

// A plain address: http(s), a host of ASCII letters, digits and hyphens ending in a label that starts with a
// letter (no IPv4 number, no port, no user, no punycode), then a path, a fragment or nothing. The URL parser
// reads its host as written, in lower case.
const PLAIN_ADDRESS = /^https?:\/\/((?:[a-z\d-]+\.)*[a-z][a-z\d-]*)(?=[/#]|$)/i;
const PATH_HOSTS = new Set(PATHS.map((path) => path.slice(0, path.indexOf('/'))));

/**
 * Whether an address is certainly no affiliate link without parsing it: a plain address (most links) without a
 * query, whose host no affiliate rule names. Anything else is parsed.
 */
function cannotBeAffiliate(href: string): boolean {
  if (href.includes('?')) return false;
  const plain = PLAIN_ADDRESS.exec(href);
  if (!plain || plain[1]!.includes('xn--')) return false;
  const host = plain[1]!.toLowerCase().replace(/^www\./, '');
  return !isAffiliateHost(host, host) && !PATH_HOSTS.has(host);
}

function isAffiliateHost(host: string, hostAndPath: string): boolean {
  // The host itself, then each parent domain: "a.b.amazon.com", "b.amazon.com", "amazon.com", "com".
  for (let at = 0; at >= 0; at = host.indexOf('.', at) + 1 || -1)
    if (DOMAINS.has(host.slice(at))) return true;
  if (LABELS.some((label) => host.startsWith(label) || host.includes(`.${label}`))) return true;
  return PATHS.some((path) => hostAndPath.startsWith(path));
}
