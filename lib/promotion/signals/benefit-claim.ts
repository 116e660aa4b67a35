import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import { readingOf } from '../text/words.ts';
import type { Signal } from '../types.ts';
import { pageSubjectShare } from './page-subject.ts';

/**
 * What a product does for its user, and the outlet vouching for it: "makes brushing fun", "takes the guesswork
 * out of", "whose app settles claims in minutes", "peace of mind", "our partner", "swear by". Benefit and
 * endorsement language sells; news reports what a product did or what happened to it. What the page's own subject
 * does for its users (a launch story, a review) is the story, not a plug.
 */
// Attributed benefit ("saying it would make care easier") is reported speech: someone else's claim, not the outlet's.
const ATTRIBUTED =
  /\b(?:said|says|saying|told|according to|claimed|claims|argued|insisted|welcomed|praised)\b/;

export const benefitClaim: Signal = {
  id: 'benefit-claim',
  reason: 'praises what a product does for its users, or vouches for it',
  measure(context) {
    if (pageSubjectShare(context) === 1) return 0;
    const lower = readingOf(context.ownWords).lower;
    if (ATTRIBUTED.test(lower)) return 0;
    return benefitStrength(lower);
  },
  // The strength before the two gates that can only clear it.
  ceiling(context) {
    return benefitStrength(readingOf(context.ownWords).lower);
  },
};

function benefitStrength(lower: string): number {
  return Math.min(1, countMatches(lexicon.benefit, lower) / 1.5);
}
