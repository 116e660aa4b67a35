import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReaderable, scanElements } from '../../../lib/extract/element-scan.ts';

const PAGES = path.join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'pages', 'readability');

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The scan must find exactly what the selector queries Readability's quick check makes would find. */
function expectSameAsQueries(doc: Document): void {
  const scan = scanElements(doc);
  expect(scan.paragraphs).toEqual(Array.from(doc.querySelectorAll('p, pre, article')));
  expect(scan.divBreaks).toEqual(Array.from(doc.querySelectorAll('div > br')));
  expect(isReaderable(doc, scan)).toBe(isProbablyReaderable(doc));
}

const LONG = 'A sentence of reporting that runs on for a while, as news paragraphs do. '.repeat(6);

describe('one walk over the elements', () => {
  it('counts every element once, leaving template contents out', () => {
    const doc = parse(
      '<html><head><title>t</title></head><body><div><p>a</p><template><p>hidden</p><div><br></div></template></div></body></html>',
    );
    // html, head, title, body, div, p, template
    expect(scanElements(doc).count).toBe(7);
    expectSameAsQueries(doc);
  });

  it('finds paragraphs, preformatted text, articles and line breaks right under a div, in document order', () => {
    const doc = parse(
      `<html><body><article><p>${LONG}</p><div>one<br>two<br><span>three<br></span></div><pre>${LONG}</pre></article>` +
        `<ul><li><p>${LONG}</p></li></ul><div class="sidebar"><p>${LONG}</p></div><div>${LONG}<br>${LONG}</div></body></html>`,
    );
    const scan = scanElements(doc);
    expect(scan.paragraphs.map((element) => element.localName)).toEqual(['article', 'p', 'pre', 'p', 'p']);
    expect(scan.divBreaks).toHaveLength(3);
    expectSameAsQueries(doc);
  });

  it('agrees with Readability’s quick check on short, hidden and long pages', () => {
    for (const body of [
      '<p>short</p>',
      `<p hidden>${LONG}</p>`,
      `<p style="display: none">${LONG}</p>`,
      `<p aria-hidden="true">${LONG}</p>`,
      `<p>${LONG}</p>`,
      `<p>${LONG}</p><p>${LONG}</p><p>${LONG}</p>`,
      `<div>${LONG}<br>${LONG}<br>${LONG}</div>`,
    ])
      expectSameAsQueries(parse(`<html><body>${body}</body></html>`));
  });

  it.runIf(existsSync(PAGES))(
    'agrees with the selector queries on the 130 real pages',
    () => {
      const slugs = readdirSync(PAGES).filter((slug) => existsSync(path.join(PAGES, slug, 'source.html')));
      expect(slugs.length).toBeGreaterThan(100);
      for (const slug of slugs)
        expectSameAsQueries(parse(readFileSync(path.join(PAGES, slug, 'source.html'), 'utf8')));
      // Parsing 130 pages takes seconds, more on a loaded machine.
    },
    60_000,
  );
});
