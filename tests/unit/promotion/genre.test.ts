// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Article, ArticleBlock } from '../../../lib/article.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detectGenre, detectPromotions } from '../../../lib/promotion/detect.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { parseHtml } from './parse-html.ts';

const fixtures = loadFixtures(parseHtml);
const fixture = (file: string) => fixtures.find((loaded) => loaded.fixture.file === file)!;

function page(title: string, blocks: Partial<ArticleBlock>[]): Article {
  const article = articleFromText(title);
  return {
    ...article,
    blocks: blocks.map((block) => ({ kind: 'paragraph', text: '', links: [], ...block })),
  };
}

const PAID = { text: 'at Amazon', href: 'https://www.amazon.com/dp/B0C?tag=site-20', rel: 'sponsored' };

describe('page genre', () => {
  it('reads the disclosed review fixture as a review, and reports none of its sentences', () => {
    const { article, pageCards } = fixture('clean-disclosed-review.html');
    expect(detectGenre(article)).toBe('review');
    expect(detectPromotions(article, { pageCards })).toEqual([]);
  });

  it('keeps a news page with a review box as news', () => {
    expect(detectGenre(fixture('clean-news-with-review-box.html').article)).toBe('news');
  });

  it('needs the body to agree with the title', () => {
    // "review" in a news title, with no reviewer's testing in the body.
    const inquiry = page('Ministers order review of police powers', [
      { text: 'The home secretary ordered an independent review of stop-and-search powers on Monday.' },
    ]);
    expect(detectGenre(inquiry)).toBe('news');
    const tested = page('Pixel 9 review: the best camera for the money', [
      { text: 'We tested the phone for two weeks as our main camera.' },
    ]);
    expect(detectGenre(tested)).toBe('review');
  });

  it('sees deals pages and buying guides, not treaties or shirt deals', () => {
    const deals = page('The best Prime Day deals on headphones', [
      { text: 'Sony WH-1000XM5: $298 (was $399).' },
      { text: 'Bose QuietComfort: 30% off at $249.' },
      { text: 'Apple AirPods Pro: now $189.' },
    ]);
    expect(detectGenre(deals)).toBe('deals');
    const treaty = page('Leaders strike tax deal before deadline', [
      { text: 'The deal raises the top rate and extends credits worth $40 billion.' },
      { text: 'Markets rose after the deal was announced.' },
      { text: 'Both parties claimed victory.' },
    ]);
    expect(detectGenre(treaty)).toBe('news');
    const guide = page('The best hiking boots for wet weather', [
      { kind: 'heading', text: '1. Salomon X Ultra' },
      { text: 'Light and grippy.', links: [PAID] },
      { kind: 'heading', text: '2. Merrell Moab' },
      { text: 'Roomy and cheap.' },
      { kind: 'heading', text: '3. Scarpa Rush' },
    ]);
    expect(detectGenre(guide)).toBe('buying-guide');
  });

  it('sees disclosed affiliate content by its disclosure and paid links', () => {
    const affiliate = page('What to pack for a week in Lisbon', [
      { text: 'We may earn a commission when you buy through our links.' },
      { text: 'A light rain jacket', links: [PAID] },
      { text: 'Comfortable sandals', links: [PAID] },
      { text: 'A packable day bag', links: [PAID] },
    ]);
    expect(detectGenre(affiliate)).toBe('affiliate');
  });
});
