import rules from '../data/links.json';

export type LinkKind = 'sponsored' | 'affiliate';

const affiliateValues: Record<string, string[]> = rules.affiliateParamValues;

/** Whether a link is marked sponsored or carries affiliate tracking (network host or tracking parameter). */
export function classifyLink(href: string, rel: string): LinkKind | null {
  if (
    rel
      .toLowerCase()
      .split(/\s+/)
      .some((value) => rules.sponsoredRel.includes(value))
  )
    return 'sponsored';
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

function matchesHost(host: string, hostAndPath: string, pattern: string): boolean {
  if (pattern.endsWith('.')) return host.startsWith(pattern) || host.includes(`.${pattern}`);
  if (pattern.includes('/')) return hostAndPath.startsWith(pattern);
  return host === pattern || host.endsWith(`.${pattern}`);
}
