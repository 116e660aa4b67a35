import { collapseWhitespace } from '../text/whitespace.ts';

const SITE_SUFFIX = /^\s*[|\-–—:·•»]\s+\S/;

/**
 * The article's headline. Readability's title often keeps the site's suffix ("Talks resume | Daily
 * Example"); the page's own heading, when the title starts with it, reads better.
 */
export function headlineOf(title: string, doc: Document): string {
  for (const heading of doc.querySelectorAll('h1')) {
    const text = collapseWhitespace(heading.textContent ?? '');
    if (text.length >= 8 && title.startsWith(text) && SITE_SUFFIX.test(title.slice(text.length))) return text;
  }
  return title;
}
