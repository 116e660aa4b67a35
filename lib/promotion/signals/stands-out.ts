import { sentenceKey } from '../profile.ts';
import type { Signal } from '../types.ts';

// Density gap (advertising words per ten words) at which the signal is at full strength.
const FULL_GAP = 2;

/**
 * How much more advertising vocabulary the sentence carries than the rest of the article. An injected advert is
 * louder than its surroundings; a page that is all brochure (a product page) is uniformly loud and does not stand out.
 */
export const standsOut: Signal = {
  id: 'stands-out',
  measure({ profile, blockIndex, sentenceIndex }) {
    const own = sentenceKey(blockIndex, sentenceIndex);
    const density = profile.adDensity.get(own) ?? 0;
    const others = [...profile.adDensity].filter(([key]) => key !== own).map(([, value]) => value);
    if (others.length === 0) return 0;
    const typical = median(others);
    return Math.max(0, Math.min(1, (density - typical) / FULL_GAP));
  },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
