import { countWords } from '../../text/whitespace.ts';
import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

// A hook is short; a long question is a writer thinking aloud.
const MAX_HOOK_WORDS = 15;

/** A question that hooks the reader before the pitch ("Long night ahead?", "Want to make every dollar count?"). */
export const hookQuestion: Signal = {
  id: 'hook-question',
  reason: 'opens with a question that sets up a sales pitch',
  measure({ ownWords }) {
    // Every hook pattern ends with the question mark closing the text (tests/unit/promotion/candidates.test.ts).
    if (!ownWords.includes('?')) return 0;
    const text = ownWords.trim();
    return countWords(text) <= MAX_HOOK_WORDS && lexicon.hookQuestion.test(text) ? 1 : 0;
  },
};
