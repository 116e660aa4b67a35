import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import type { Signal } from '../types.ts';

/**
 * A stand-in for the reader, picked out by what they want or face, and told what will serve them ("Commuters
 * facing longer trips can make the most of them with…", "Parents keen to… swear by…"). Native adverts talk to
 * the reader this way without saying "you"; news says who did what. Opens 57 of 594 webis advert sentences and
 * 5 of 14,320 other sentences of its fit half (4 of 2,221 BASIL news sentences).
 */
export const readerAdvised: Signal = {
  id: 'reader-advised',
  reason: 'speaks to readers as customers and tells them what will serve them',
  measure({ ownWords }) {
    const lower = ownWords.trim().toLowerCase();
    if (!lexicon.audienceOpening.test(lower)) return 0;
    return countMatches(lexicon.adviceVerbs, lower) > 0 ? 1 : 0.5;
  },
};
