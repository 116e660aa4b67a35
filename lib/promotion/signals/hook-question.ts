import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/** A question that hooks the reader before the pitch ("Long night ahead?", "Want to make every dollar count?"). */
export const hookQuestion: Signal = {
  id: 'hook-question',
  measure({ ownWords }) {
    return lexicon.hookQuestion.test(ownWords.trim()) ? 1 : 0;
  },
};
