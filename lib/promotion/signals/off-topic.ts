import { sentenceKey } from '../profile.ts';
import type { Signal } from '../types.ts';

// Too few content words say nothing about topic.
const MIN_WORDS = 4;

/** Share of the sentence's content words used by no other sentence nor the title: injected adverts drift off the story. */
export const offTopic: Signal = {
  id: 'off-topic',
  reason: 'has little to do with the rest of the story',
  measure({ profile, blockIndex, sentenceIndex }) {
    const own = sentenceKey(blockIndex, sentenceIndex);
    const words = profile.wordsBySentence.get(own) ?? [];
    if (words.length < MIN_WORDS) return 0;
    let foreign = 0;
    for (const word of words) {
      if (profile.titleWords.has(word)) continue;
      const user = profile.sentenceByWord.get(word);
      if (user === undefined || user === own) foreign++;
    }
    return foreign / words.length;
  },
};
