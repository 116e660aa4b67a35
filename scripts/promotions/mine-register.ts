import { registerWordsOf, type RegisterTable } from '../../lib/promotion/text/register.ts';

export interface MiningSentence {
  text: string;
  isAd: boolean;
  /** The product area (webis meta topic) an advert sentence belongs to. */
  topic: string;
}

const MIN_AD_SENTENCES = 4;
const MIN_TOPICS = 3;
const MIN_LOG_ODDS = 0.8;
const MAX_WEIGHT = 3;
const SMOOTHING = 1;
// Function words carry style of the generator, not of advertising.
const MIN_LENGTH = 4;

/**
 * Words whose log-odds of occurring in an advert sentence (rather than in any other sentence) is high, used by
 * advert sentences of several product areas: general copywriting, not one brand's vocabulary.
 */
export function mineRegister(sentences: readonly MiningSentence[]): RegisterTable {
  const adCount = new Map<string, number>();
  const otherCount = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  let ads = 0;
  let others = 0;
  for (const sentence of sentences) {
    if (sentence.isAd) ads++;
    else others++;
    for (const word of registerWordsOf(sentence.text)) {
      if (word.length < MIN_LENGTH) continue;
      const counts = sentence.isAd ? adCount : otherCount;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (sentence.isAd) topics.set(word, (topics.get(word) ?? new Set()).add(sentence.topic));
    }
  }
  const table: RegisterTable = {};
  for (const [word, count] of adCount) {
    if (count < MIN_AD_SENTENCES || (topics.get(word)?.size ?? 0) < MIN_TOPICS) continue;
    const logOdds =
      Math.log((count + SMOOTHING) / (ads + SMOOTHING)) -
      Math.log(((otherCount.get(word) ?? 0) + SMOOTHING) / (others + SMOOTHING));
    if (logOdds >= MIN_LOG_ODDS) table[word] = Math.round(Math.min(MAX_WEIGHT, logOdds) * 100) / 100;
  }
  return table;
}
