import { lexicon } from './lexicon.ts';
import type { SentenceContext } from './types.ts';

/**
 * The site's own furniture (newsletter sign-up, subscription box, "follow us"): a call to action, but for the
 * site itself, so never an injected product promotion. Paid links or prices overrule it.
 */
export function isSiteFurniture(context: SentenceContext, hasPaidCue: boolean): boolean {
  return !hasPaidCue && lexicon.furniture.count(context.sentence.text) > 0;
}
