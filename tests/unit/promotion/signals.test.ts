import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { measureArticle, SIGNAL_IDS } from '../../../lib/promotion/features.ts';

/** The strength of one signal on the one sentence of a one-paragraph article. */
function measure(id: string, sentence: string, title = 'A story'): number {
  const [first] = measureArticle(articleFromText(`${title}\n${sentence}`)).flat();
  return first?.values[SIGNAL_IDS.indexOf(id)] ?? 0;
}

describe('price-offer', () => {
  it('sees shelf prices and offers', () => {
    expect(
      measure('price-offer', 'The Garmin inReach Mini 2 is now $299 at our partner store.'),
    ).toBeGreaterThan(0);
    expect(measure('price-offer', 'Get 20% off your first order this week.')).toBeGreaterThan(0);
  });

  it('ignores the amounts of news (billions, shares, barrels)', () => {
    expect(measure('price-offer', 'Ukraine may purchase up to $90 billion in U.S. weapons.')).toBe(0);
    expect(measure('price-offer', 'Oil prices rose to $68 a barrel on Tuesday.')).toBe(0);
  });
});

describe('quoted speech', () => {
  it('does not count a call to action inside quotation marks', () => {
    expect(measure('call-to-action', '“Buy American, order today,” the president told the rally.')).toBe(0);
    expect(
      measure('quotation', '“Buy American, order today,” the president told the rally.'),
    ).toBeGreaterThan(0);
  });
});

describe('coupon-code and call-to-action', () => {
  it('see codes and direct appeals', () => {
    expect(measure('coupon-code', 'Use code TRAVEL20 at checkout.')).toBe(1);
    expect(measure('call-to-action', 'Order yours today and get free shipping.')).toBeGreaterThan(0);
    expect(measure('call-to-action', 'The ministry said it would order new trains next year.')).toBe(0);
  });
});
