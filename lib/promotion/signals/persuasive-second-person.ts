import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import type { Signal } from '../types.ts';

const YOU = /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b/giu;

/**
 * Addressing the reader ("you", "for those who…", "whether you're…", a hook question like "Long night ahead?"):
 * adverts talk to you, news talks about others.
 */
export const persuasiveSecondPerson: Signal = {
  id: 'persuasive-second-person',
  measure({ ownWords }) {
    const you = countMatches(YOU, ownWords);
    const audience = lexicon.audience.count(ownWords);
    const hook = lexicon.hookQuestion.test(ownWords.trim()) ? 1 : 0;
    return Math.min(1, you / 3 + audience / 1.5 + hook / 2);
  },
};
