import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import type { Signal } from '../types.ts';

// A retail price: a currency amount NOT followed by a scale word ("$90 billion" is news, "$129" is a shelf price).
const RETAIL_PRICE =
  /(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\d[\d,]*(?:\.\d{2})?\s?(?:dollars|euros|USD|EUR))(?!\d|[\d,.]*\s*(?:billion|million|trillion|bn|mn|m\b|k\b|a barrel|per barrel|an ounce|a share|per share))/giu;

/** Shelf prices, discounts and offers addressed to the shopper. */
export const priceOffer: Signal = {
  id: 'price-offer',
  measure({ ownWords }) {
    // Cheap pre-check: most sentences hold no amount at all.
    const prices = /[$€£]|\d\s?(?:dollars|euros|usd|eur)/iu.test(ownWords)
      ? countMatches(RETAIL_PRICE, ownWords)
      : 0;
    const offers = countMatches(lexicon.offers, ownWords.toLowerCase());
    return Math.min(1, (prices + offers) / 2);
  },
};
