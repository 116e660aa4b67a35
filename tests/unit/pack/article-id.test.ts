import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { articleIdOf } from '../../../lib/pack/article-id.ts';
import { corpusDocumentOf, packArticleOf } from '../../../lib/pack/convert.ts';
import { PACK_ID_PATTERN } from '../../../lib/pack/pack-article.ts';

describe('article ids', () => {
  const base = { site: 'Harbour Herald', title: 'United win', text: 'Body.' };

  it('are valid pack ids named after the outlet, the same for the same page however it was reached', () => {
    const id = articleIdOf({ ...base, url: 'https://www.herald.example/sport/united?utm_source=x#comments' });
    expect(id).toMatch(PACK_ID_PATTERN);
    expect(id).toMatch(/^harbour-herald-[0-9a-f]{16}$/);
    expect(articleIdOf({ ...base, url: 'https://herald.example/sport/united/' })).toBe(id);
    expect(articleIdOf({ ...base, title: 'Changed title', url: 'https://herald.example/sport/united' })).toBe(
      id,
    );
    expect(articleIdOf({ ...base, url: 'https://herald.example/sport/city' })).not.toBe(id);
  });

  it('fall back to the host, then to "article", and hash the text when there is no address', () => {
    expect(articleIdOf({ ...base, site: null, url: 'https://news.example.org/a' })).toMatch(
      /^news-example-org-/,
    );
    const a = articleIdOf({ ...base, site: '会談', url: null });
    expect(a).toMatch(/^article-[0-9a-f]{16}$/);
    expect(articleIdOf({ ...base, site: '会談', url: null, text: 'Other body.' })).not.toBe(a);
  });
});

describe('converting articles', () => {
  it('saves an extracted article with paragraphs apart, its date and address, and indexes it line by line', () => {
    const article = articleFromText('United snatch late win\nFirst paragraph here.\nSecond paragraph here.', {
      site: 'Harbour Herald',
      published: '2025-03-08T18:00:00Z',
      url: 'https://herald.example/united',
      lang: 'en',
    });
    const saved = packArticleOf(article);
    expect(saved).toMatchObject({
      title: 'United snatch late win',
      text: 'First paragraph here.\n\nSecond paragraph here.',
      site: 'Harbour Herald',
      url: 'https://herald.example/united',
      date: '2025-03-08',
      lang: 'en',
    });
    expect(saved.id).toBe(articleIdOf({ ...saved }));
    expect(corpusDocumentOf(saved).text).toBe(
      'United snatch late win\nFirst paragraph here.\nSecond paragraph here.',
    );
  });
});
