import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

// Matched on lower-cased text (case-insensitive Unicode regular expressions are slow).
const YOU = /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b/g;

/** Addressing the reader ("you", "for those who…", "whether you're…"): adverts talk to you, news talks about others. */
export const persuasiveSecondPerson: Signal = {
  id: 'persuasive-second-person',
  reason: 'speaks directly to the reader ("you", "whether you’re…")',
  measure({ ownWords }) {
    const you = ownWords.toLowerCase().match(YOU)?.length ?? 0;
    const audience = lexicon.audience.count(ownWords);
    return Math.min(1, you / 3 + audience / 1.5);
  },
};
