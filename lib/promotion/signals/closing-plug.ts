import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import { readingOf } from '../text/words.ts';
import type { Signal } from '../types.ts';

/** "Our pick: …, now $129 at our partner store": a recommendation with a price, strongest at the end of the article. */
export const closingPlug: Signal = {
  id: 'closing-plug',
  reason: 'recommends a product at the end of the article',
  measure({ ownWords, profile, blockIndex }) {
    if (countMatches(lexicon.closingPlug, readingOf(ownWords).lower) === 0) return 0;
    const lastBlocks = profile.textBlockIndexes.slice(-2);
    return lastBlocks.includes(blockIndex) ? 1 : 0.5;
  },
};
