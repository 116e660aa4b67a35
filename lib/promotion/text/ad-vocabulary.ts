import { lexicon } from '../lexicon.ts';
import { countMatches } from './patterns.ts';
import { wordsOf } from './words.ts';

/** Advertising words (praise, audience targeting, calls to action) per ten words of a sentence. */
export function adVocabularyDensity(text: string): number {
  const words = wordsOf(text).length;
  if (words === 0) return 0;
  const hits =
    countMatches(lexicon.praise, text) +
    countMatches(lexicon.audience, text) +
    countMatches(lexicon.callToAction, text);
  return (10 * hits) / words;
}
