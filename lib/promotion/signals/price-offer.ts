import { countOffers, countRetailPrices } from '../text/prices.ts';
import type { Signal } from '../types.ts';

/** Shelf prices, discounts and offers addressed to the shopper. */
export const priceOffer: Signal = {
  id: 'price-offer',
  reason: 'makes an offer: a shop price, a discount or a deal for readers',
  measure({ ownWords }) {
    return Math.min(1, (countRetailPrices(ownWords) + countOffers(ownWords)) / 2);
  },
};
