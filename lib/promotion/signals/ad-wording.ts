import fitted from '../data/ad-wording.json';
import { SHIPPED_WORDING, WORDING_LOG_ODDS } from '../text/shipped-wording.ts';
import { wordingProbability, type WordingModel } from '../text/wording.ts';
import type { Signal } from '../types.ts';

const MODEL: WordingModel = fitted;

/**
 * Word choice learned from data (scripts/fit/fit-promotion-weights.ts fits it: a regularised logistic model over the
 * lower-case words of advert sentences against informative answers and news, words used in three product areas or
 * more; no names). Unlike the copywriting register it also weighs the words of reporting, which count against.
 */
export const adWording: Signal = {
  id: 'ad-wording',
  reason: 'is worded the way adverts are, not the way reports are',
  measure({ ownWords }) {
    // wordingStrength(ownWords, MODEL), summed with the copywriting register in one pass.
    return wordingProbability(SHIPPED_WORDING.sums(ownWords)[WORDING_LOG_ODDS] ?? MODEL.bias);
  },
};
