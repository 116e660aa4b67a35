/**
 * The id an article gets in a pack and in the reader's library, the same in the extension and the CLI:
 * the outlet as a slug, then a hash of the page's address (of its title and text when it has none). The
 * same page saved twice gets the same id, so it replaces itself instead of appearing twice.
 */
export function articleIdOf(article: {
  url: string | null;
  site: string | null;
  title: string;
  text: string;
}): string {
  const url = article.url ? canonicalUrl(article.url) : null;
  const prefix = slug(article.site ?? '') || slug(url ? hostOf(url) : '') || 'article';
  return `${prefix}-${hash64(url ?? `${article.title}\n${article.text}`)}`;
}

/** The address without what varies between visits of one page: fragment, tracking parameters, trailing slash. */
export function canonicalUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const key of [...parsed.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_)/i.test(key)) parsed.searchParams.delete(key);
    }
    parsed.hostname = parsed.hostname.replace(/^www\./, '');
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** Two FNV-1a 32-bit hashes with different offsets: 16 hex digits, enough to tell millions of pages apart. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
