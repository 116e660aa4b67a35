import { sentenceKey } from '../profile.ts';
import type { Signal } from '../types.ts';

// Density gap (advertising words per ten words) at which the signal is at full strength.
const FULL_GAP = 2;

/**
 * How much more advertising vocabulary the sentence carries than the article's typical sentence. An injected
 * advert is louder than its surroundings; a page that is all brochure is uniformly loud and does not stand out.
 */
export const standsOut: Signal = {
  id: 'stands-out',
  reason: 'is far more promotional in tone than the rest of the page',
  measure({ profile, blockIndex, sentenceIndex }) {
    if (profile.adDensity.size < 2) return 0;
    const density = profile.adDensity.get(sentenceKey(blockIndex, sentenceIndex)) ?? 0;
    return Math.max(0, Math.min(1, (density - profile.typicalAdDensity) / FULL_GAP));
  },
};
