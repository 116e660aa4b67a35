import type { Article } from '../article.ts';
import { collapseWhitespace, countWords } from '../text/whitespace.ts';

/**
 * Reads an article given as plain text: the first non-empty line is its title, every further line a
 * paragraph. Short lines without closing punctuation are taken for headings.
 */
export function articleFromText(text: string, meta: Partial<Article> = {}): Article {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  const [title = '', ...rest] = lines;
  const blocks = rest.map((line) => ({
    kind: looksLikeHeading(line) ? ('heading' as const) : ('paragraph' as const),
    text: line,
    links: [],
  }));
  return {
    title: meta.title ?? title,
    site: meta.site ?? null,
    byline: meta.byline ?? null,
    lang: meta.lang ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    wordCount: blocks.reduce((sum, block) => sum + countWords(block.text), 0),
    blocks,
  };
}

function looksLikeHeading(line: string): boolean {
  return line.length < 90 && !/[.!?:”"’)]$/.test(line) && countWords(line) <= 12;
}
