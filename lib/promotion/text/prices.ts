import { lexicon } from '../lexicon.ts';
import { countMatches } from './patterns.ts';
import { readingOf } from './words.ts';

// A retail price: a currency amount NOT followed by a scale word ("$90 billion" is news, "$129" is a shelf price).
const RETAIL_PRICE =
  /(?:[$€£]\s?\d[\d,]*(?:\.\d{2})?|\d[\d,]*(?:\.\d{2})?\s?(?:dollars|euros|USD|EUR))(?!\d|[\d,.]*\s*(?:billion|million|trillion|bn|mn|m\b|k\b|a barrel|per barrel|an ounce|a share|per share))/giu;
// Cheap pre-check: most sentences hold no amount at all.
const ANY_AMOUNT = /[$€£]|\d\s?(?:dollars|euros|usd|eur)/iu;

/** Shelf prices in a text (news amounts in billions, per barrel or per share are not prices offered to a shopper). */
export function countRetailPrices(text: string): number {
  return ANY_AMOUNT.test(text) ? countMatches(RETAIL_PRICE, text) : 0;
}

/** Offer wording: "20% off", "free shipping", "limited-time", "on sale"… */
export function countOffers(text: string): number {
  return countMatches(lexicon.offers, readingOf(text).lower);
}
