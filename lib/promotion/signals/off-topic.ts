import { contentWordsOf } from '../text/words.ts';
import type { Signal } from '../types.ts';

// Too few content words say nothing about topic.
const MIN_WORDS = 4;

/** Share of the sentence's content words found nowhere else in the article: injected adverts drift off the story. */
export const offTopic: Signal = {
  id: 'off-topic',
  measure({ sentence, profile, blockIndex }) {
    const words = [...new Set(contentWordsOf(sentence.text))];
    if (words.length < MIN_WORDS) return 0;
    const foreign = words.filter((word) => {
      if (profile.titleWords.has(word)) return false;
      const blocks = profile.blocksByWord.get(word);
      return !blocks || [...blocks].every((index) => index === blockIndex);
    });
    return foreign.length / words.length;
  },
};
