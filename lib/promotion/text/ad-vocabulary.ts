import { lexicon } from '../lexicon.ts';
import { wordsOf } from './words.ts';

/** Advertising words (praise, audience targeting, calls to action) per ten words of a sentence. */
export function adVocabularyDensity(text: string): number {
  const words = wordsOf(text).length;
  if (words === 0) return 0;
  const hits = lexicon.praise.count(text) + lexicon.audience.count(text) + lexicon.callToAction.count(text);
  return (10 * hits) / words;
}
