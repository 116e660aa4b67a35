import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

const YOU = /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b/giu;

/** Addressing the reader ("you", "for those who…", "whether you're…"): adverts talk to you, news talks about others. */
export const persuasiveSecondPerson: Signal = {
  id: 'persuasive-second-person',
  measure({ ownWords }) {
    const you = ownWords.match(YOU)?.length ?? 0;
    const audience = lexicon.audience.count(ownWords);
    return Math.min(1, you / 3 + audience / 1.5);
  },
};
