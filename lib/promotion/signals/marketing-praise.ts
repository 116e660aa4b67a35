import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/** One-sided praise vocabulary ("unparalleled", "sleek", "cutting-edge"): the register of copywriting, not reporting. */
export const marketingPraise: Signal = {
  id: 'marketing-praise',
  reason: 'praises a product in glowing marketing terms',
  measure({ ownWords }) {
    return Math.min(1, lexicon.praise.count(ownWords) / 2);
  },
};
