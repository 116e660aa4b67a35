import type { PackArticle } from './pack-article.ts';

/** One line of a pack (without its newline): the spec's fields in a fixed order, `x-added` when known. */
export function packLine(article: PackArticle): string {
  const { id, title, text, site, url, date, lang, added } = article;
  return JSON.stringify({ id, title, text, site, url, date, lang, ...(added ? { 'x-added': added } : {}) });
}

/** A whole pack as text: one line per article, each ending with a newline. */
export function writePack(articles: Iterable<PackArticle>): string {
  let out = '';
  for (const article of articles) out += `${packLine(article)}\n`;
  return out;
}
