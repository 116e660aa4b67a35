import { registerStrengthOf } from '../text/register.ts';
import { REGISTER_SUM, SHIPPED_WORDING } from '../text/shipped-wording.ts';
import type { Signal } from '../types.ts';

/**
 * Copywriting vocabulary learned from data (scripts/fit/fit-promotion-weights.ts mines it: lower-case words far more
 * frequent in advert sentences than in informative answers and news, across several product areas — no brands).
 */
export const copywritingRegister: Signal = {
  id: 'copywriting-register',
  reason: 'is written in the vocabulary of advertising copy',
  measure({ ownWords }) {
    // registerStrength(ownWords, the mined table), summed with the ad wording in one pass.
    return registerStrengthOf(SHIPPED_WORDING.sums(ownWords)[REGISTER_SUM] ?? 0);
  },
};
