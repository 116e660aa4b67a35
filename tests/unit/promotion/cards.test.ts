// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { detectPromotions, findSponsoredCards } from '../../../lib/promotion/detect.ts';
import { readFixture } from '../../fixtures/promotions/load.ts';
import { parseHtml } from './parse-html.ts';

const fixture = (name: string) => parseHtml(readFixture(name));

describe('findSponsoredCards', () => {
  it('finds a sponsored box that Readability drops from the article', () => {
    const doc = fixture('sponsored-aside-dropped.html');
    const extracted = extractArticle(doc, { force: true });
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    expect(extracted.article.blocks.some((block) => block.text.includes('Kidde'))).toBe(false);
    const cards = findSponsoredCards(doc);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.signals).toEqual(
      expect.arrayContaining(['affiliate-link', 'price-offer', 'call-to-action']),
    );
    const promotions = detectPromotions(extracted.article, { pageCards: cards });
    expect(promotions.map((promotion) => promotion.text)).toEqual([cards[0]?.text]);
  });

  it("leaves the site's own newsletter box and ordinary links alone", () => {
    expect(findSponsoredCards(fixture('clean-newsletter-form.html'))).toEqual([]);
  });

  it('does not report a box twice when the article text already holds it', () => {
    const doc = fixture('affiliate-links-inline.html');
    const extracted = extractArticle(doc, { force: true });
    if (!extracted.ok) throw new Error(extracted.message);
    const promotions = detectPromotions(extracted.article, { pageCards: findSponsoredCards(doc) });
    expect(promotions).toHaveLength(1);
  });
});
