import { describe, expect, it } from 'vitest';
import { detectPromotions } from '../../../lib/promotion/detect.ts';
import { SIGNALS } from '../../../lib/promotion/signals/index.ts';
import { loadNativePlugPages } from '../../fixtures/promotions/native-plugs/load.ts';

const pages = loadNativePlugPages();
const plugs = pages.filter((page) => page.plug !== null);
const negatives = pages.filter((page) => page.plug === null);

describe('native-plug dev set', () => {
  it('has at least 40 plugs in at least 6 topics, as many hard negatives, and a validation part of each', () => {
    expect(plugs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(plugs.map((page) => page.topic)).size).toBeGreaterThanOrEqual(6);
    expect(negatives.length).toBeGreaterThanOrEqual(plugs.length);
    for (const group of [plugs, negatives]) {
      expect(group.some((page) => page.part === 'held-out')).toBe(true);
      expect(group.some((page) => page.part === 'fit')).toBe(true);
    }
    expect(new Set(pages.map((page) => page.id)).size).toBe(pages.length);
  });

  it('quotes every plug and trap exactly as it stands in its page', () => {
    for (const page of pages) {
      const quote = page.plug ?? page.trap ?? '';
      expect(quote).not.toBe('');
      expect(page.article.blocks.some((block) => block.text.includes(quote))).toBe(true);
    }
  });

  it('flags no hard negative: brands that act in the news, purchases, prices, sanctions, own subscriptions', () => {
    const flagged = negatives
      .filter((page) => detectPromotions(page.article).length > 0)
      .map((page) => page.id);
    expect(flagged).toEqual([]);
  });

  it('explains every promotion it reports in plain words, never in signal ids', () => {
    const ids = new Set(SIGNALS.map((signal) => signal.id));
    const reported = plugs.flatMap((page) => detectPromotions(page.article));
    expect(reported.length).toBeGreaterThan(0);
    for (const promotion of reported) {
      expect(promotion.reasons?.length).toBeGreaterThan(0);
      for (const reason of promotion.reasons ?? []) {
        expect(ids.has(reason)).toBe(false);
        expect(reason).toMatch(/^[a-z].* .*[a-z)"”]$/);
      }
    }
  });
});
