import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/** Telling the reader to buy, try, visit or consider something — the core move of an advert. */
export const callToAction: Signal = {
  id: 'call-to-action',
  reason: 'tells readers to buy, try or visit something',
  measure({ ownWords }) {
    const phrases = lexicon.callToAction.count(ownWords);
    const opener = lexicon.imperativeOpener.test(ownWords.trim()) ? 1 : 0;
    return Math.min(1, (phrases + opener) / 2);
  },
};
