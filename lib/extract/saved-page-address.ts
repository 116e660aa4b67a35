/**
 * Where a saved page came from, read from the HTML itself: the browser's "saved from url" comment, the
 * canonical link, or the og:url meta tag. Null when none says (the page is then known by its text).
 */
export function savedPageAddress(html: string): string | null {
  const head = html.slice(0, 200_000);
  const candidates = [
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head)?.[1],
    /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(head)?.[0].match(/\bhref=["']([^"']+)["']/i)?.[1],
    /<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i.exec(head)?.[0].match(/\bcontent=["']([^"']+)["']/i)?.[1],
  ];
  for (const candidate of candidates) {
    const url = candidate?.replace(/&amp;/g, '&').trim();
    if (url && /^https?:\/\/[^\s/]+/i.test(url)) return url;
  }
  return null;
}
