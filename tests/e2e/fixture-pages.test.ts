import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_DIR, REPO_ROOT } from './harness/paths.ts';
import { NOT_ARTICLE_PAGES, SEED_ARTICLES } from './harness/expected-articles.ts';

// Checks on the fixture pages themselves (no browser): the browser tests rely on these properties.

const pages = readdirSync(FIXTURE_PAGES_DIR).filter((name) => name.endsWith('.html'));
const documentOf = (name: string) =>
  parseHTML(readFileSync(path.join(FIXTURE_PAGES_DIR, name), 'utf8')).document as unknown as Document;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function seedFileFor(page: string): string {
  const number = page.match(/^seed-(\d{3})-/)?.[1];
  const file = readdirSync(path.join(REPO_ROOT, 'data/corpus')).find((name) => name.startsWith(`${number}_`));
  if (!number || !file) throw new Error(`no seed text for ${page}`);
  return path.join(REPO_ROOT, 'data/corpus', file);
}

describe('fixture pages', () => {
  it.each(SEED_ARTICLES.map((article) => article.page))(
    '%s keeps every paragraph of its seed verbatim',
    (page) => {
      const bodyText = normalise(documentOf(page).body.textContent ?? '');
      const paragraphs = readFileSync(seedFileFor(page), 'utf8')
        .split('\n')
        .map(normalise)
        .filter((line) => line.length > 150 && !line.includes(' | ') && !/^forbes/.test(line));
      expect(paragraphs.length).toBeGreaterThan(5);
      expect(paragraphs.filter((paragraph) => !bodyText.includes(paragraph))).toEqual([]);
    },
  );

  it.each(pages)('%s loads nothing from outside the fixture folder', (page) => {
    const document = documentOf(page);
    const loaded = [...document.querySelectorAll('[src], link[href], [srcset], [poster]')].flatMap(
      (element) =>
        ['src', 'href', 'srcset', 'poster']
          .map((name) => element.getAttribute(name))
          .filter((value) => value !== null),
    );
    expect(loaded.filter((url) => /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url))).toEqual([]);
    expect(readFileSync(path.join(FIXTURE_PAGES_DIR, page), 'utf8')).not.toMatch(
      /url\(\s*['"]?(https?:)?\/\//i,
    );
  });

  it.each(pages)('%s is an article for isProbablyReaderable unless it is a listing', (page) => {
    const listing = (NOT_ARTICLE_PAGES as readonly string[]).includes(page);
    expect(isProbablyReaderable(documentOf(page))).toBe(!listing);
  });

  it('README.md describes every page', () => {
    const readme = readFileSync(path.join(FIXTURE_PAGES_DIR, 'README.md'), 'utf8');
    expect(pages.filter((page) => !readme.includes(page))).toEqual([]);
  });
});
