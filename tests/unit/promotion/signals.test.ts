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

describe('reader-advised', () => {
  it('sees a stand-in for the reader told what will serve them', () => {
    expect(
      measure(
        'reader-advised',
        'Commuters facing longer trips can make the most of them with an audiobook service.',
      ),
    ).toBe(1);
    expect(
      measure('reader-advised', 'For those who want a quieter ride, the new line is worth a look.'),
    ).toBe(0.5);
  });

  it('ignores people who are the news', () => {
    expect(measure('reader-advised', 'Residents said the bridge would reopen in May.')).toBe(0);
    expect(measure('reader-advised', 'Police who arrived at the scene found two cars on fire.')).toBe(0);
  });
});

describe('benefit-claim', () => {
  it('sees what a product does for its users and the outlet vouching for it', () => {
    expect(
      measure('benefit-claim', 'Its app takes the guesswork out of booking and gives you peace of mind.'),
    ).toBe(1);
    expect(measure('benefit-claim', 'Our travel partner has rooms near the stadium.')).toBeGreaterThan(0);
  });

  it('leaves attributed claims and plain reporting alone', () => {
    expect(
      measure('benefit-claim', 'Doctors welcomed the decision, saying it would make care easier to get.'),
    ).toBe(0);
    expect(measure('benefit-claim', 'The ministry bought 40 jets for the air force.')).toBe(0);
  });

  it('does not count what the page’s own subject does (a launch story, a review)', () => {
    expect(
      measure(
        'benefit-claim',
        'Revamped, the Acme Recorder makes sharing clips effortless.',
        'Acme Recorder launches',
      ),
    ).toBe(0);
  });
});

describe('page-subject', () => {
  it('is the share of the sentence’s names that are in the title, case aside', () => {
    expect(measure('page-subject', 'The Nikon Z8 is known for its fast autofocus.', 'nikon z8 specs')).toBe(
      1,
    );
    // Nikon of Nikon, Peak, Design.
    expect(
      measure('page-subject', 'The Nikon Z8 pairs well with a Peak Design strap.', 'nikon z8 specs'),
    ).toBeCloseTo(1 / 3);
    expect(measure('page-subject', 'The camera pairs well with a Peak Design strap.', 'nikon z8 specs')).toBe(
      0,
    );
  });
});

describe('product-naming', () => {
  it('sees a product the story never mentions elsewhere', () => {
    expect(
      measure('product-naming', 'Fans kept warm with a flask from Thermos Stainless King on the terraces.'),
    ).toBeGreaterThan(0);
  });

  it('ignores a name that acts in the news (said, announced, was fined)', () => {
    expect(
      measure('product-naming', 'On the terraces, Northbridge Bank said it would repay customers.'),
    ).toBe(0);
    expect(measure('product-naming', 'In the end, Acme Corp was fined 3 million pounds.')).toBe(0);
  });
});

describe('price-offer: offers to readers', () => {
  it('sees free months and reader offers', () => {
    expect(measure('price-offer', 'Readers get three months free with the premium plan.')).toBeGreaterThan(0);
    expect(measure('price-offer', 'All bestsellers are included at no extra cost.')).toBeGreaterThan(0);
  });
});
