import { countOffers, countRetailPrices } from '../text/prices.ts';
import type { Signal } from '../types.ts';

/** Shelf prices, discounts and offers addressed to the shopper. */
export const priceOffer: Signal = {
  id: 'price-offer',
  measure({ ownWords }) {
    return Math.min(1, (countRetailPrices(ownWords) + countOffers(ownWords)) / 2);
  },
};
