import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import type { Signal } from '../types.ts';

/** Promo, coupon and discount codes: only ever there to make the reader buy. */
export const couponCode: Signal = {
  id: 'coupon-code',
  reason: 'gives a discount or promo code',
  measure({ ownWords }) {
    return countMatches(lexicon.couponCodes, ownWords) > 0 ? 1 : 0;
  },
};
