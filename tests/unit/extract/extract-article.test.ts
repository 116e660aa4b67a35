// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story reports what officials said on Tuesday, with enough words to look like real prose that a reader would follow from line to line, and a <a href="https://example.org/${n}" rel="nofollow">link</a> in it.</p>`;

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const articleHtml = `<!doctype html><html lang="en"><head><title>Talks resume | Daily Example</title>
<meta property="og:site_name" content="Daily Example"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks resume</h1><p class="byline">By Ana Writer</p>
${[1, 2, 3].map(paragraph).join('')}
<h2>What comes next</h2>
<blockquote><p>“We will meet again,” the minister said in a long statement to reporters outside.</p></blockquote>
<ul><li>First point of the agreement, described at some length for the reader.</li><li>Second point of the agreement.</li></ul>
${[4, 5, 6].map(paragraph).join('')}
</article><footer>© Daily Example</footer></body></html>`;

describe('extractArticle', () => {
  it('keeps the article block structure and metadata', () => {
    const doc = documentOf(articleHtml);
    const result = extractArticle(doc, { url: 'https://www.daily.example/world/talks' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Talks resume');
    expect(article.site).toBe('Daily Example');
    expect(article.lang).toBe('en');
    const kinds = article.blocks.map((b) => b.kind);
    expect(kinds).toContain('heading');
    expect(kinds).toContain('quote');
    expect(kinds.filter((k) => k === 'list-item')).toHaveLength(2);
    expect(article.blocks.find((b) => b.kind === 'heading')?.text).toBe('What comes next');
    expect(
      article.blocks.some((b) =>
        b.links.some((l) => l.href === 'https://example.org/1' && l.rel === 'nofollow'),
      ),
    ).toBe(true);
    expect(article.blocks.some((b) => b.text.includes('Home'))).toBe(false);
    expect(article.wordCount).toBeGreaterThan(150);
  });

  it('never touches the page it reads', () => {
    const doc = documentOf(articleHtml);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says plainly when a page is not an article', () => {
    const doc = documentOf(
      `<html><body><h1>Search results</h1><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/r${i}">Result ${i}</a></li>`).join('')}</ul></body></html>`,
    );
    const result = extractArticle(doc);
    expect(result).toMatchObject({ ok: false, reason: 'not-an-article' });
    if (!result.ok) expect(result.message).toMatch(/does not look like an article/);
  });

  it('reads plain-text articles: first line the title, short unpunctuated lines as headings', () => {
    const article = articleFromText(
      'The title\nA first paragraph that says something.\nA subheading\nMore text here.',
    );
    expect(article.title).toBe('The title');
    expect(article.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });
});
