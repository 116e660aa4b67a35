import { sentenceKey } from '../profile.ts';
import { contentWordsOf } from '../text/words.ts';
import type { Signal } from '../types.ts';

// Too few content words say nothing about topic.
const MIN_WORDS = 4;

/** Share of the sentence's content words used by no other sentence nor the title: injected adverts drift off the story. */
export const offTopic: Signal = {
  id: 'off-topic',
  measure({ sentence, profile, blockIndex, sentenceIndex }) {
    const words = [...new Set(contentWordsOf(sentence.text))];
    if (words.length < MIN_WORDS) return 0;
    const own = sentenceKey(blockIndex, sentenceIndex);
    const foreign = words.filter((word) => {
      if (profile.titleWords.has(word)) return false;
      const users = profile.sentencesByWord.get(word);
      return !users || [...users].every((key) => key === own);
    });
    return foreign.length / words.length;
  },
};
