import { registerWordsOf } from '../../lib/promotion/text/register.ts';
import type { WordingModel } from '../../lib/promotion/text/wording.ts';

export interface WordingSentence {
  text: string;
  label: 0 | 1;
  weight: number;
  /** The product area or news source: a word must be used in several, so that no one area's words are learned. */
  topic: string;
}

const MIN_SENTENCES = 4;
const MIN_TOPICS = 3;
const EPOCHS = 8;
const LEARNING_RATE = 0.05;
// L2 per example (scaled by the number of sentences / 100), chosen by 2-fold validation inside the webis fit half.
const L2 = 1e-3;
// Our own pages are weighted up in the main fit; here their weight is capped so a few sentences do not dominate.
const MAX_WEIGHT = 3;
const START_BIAS = -3;

/**
 * Fits a sparse L2-regularised logistic model over the lower-case words of each sentence by stochastic gradient
 * descent, in a fixed order (a deterministic shuffle), so the same data always gives the same model. Vocabulary: words
 * used by at least four sentences from at least three topics.
 */
export function fitWording(sentences: readonly WordingSentence[]): WordingModel {
  const count = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  for (const sentence of sentences)
    for (const word of registerWordsOf(sentence.text)) {
      count.set(word, (count.get(word) ?? 0) + 1);
      topics.set(word, (topics.get(word) ?? new Set()).add(sentence.topic));
    }
  const vocabulary = new Set(
    [...count]
      .filter(([word, n]) => n >= MIN_SENTENCES && (topics.get(word)?.size ?? 0) >= MIN_TOPICS)
      .map(([word]) => word),
  );
  const documents = sentences.map((sentence) => ({
    words: [...registerWordsOf(sentence.text)].filter((word) => vocabulary.has(word)),
    label: sentence.label,
    weight: Math.min(sentence.weight, MAX_WEIGHT),
  }));
  const weights = new Map<string, number>();
  let bias = START_BIAS;
  const shrink = (L2 * documents.length) / 100;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = documents.length - 1; i > 0; i--) {
      const j = (i * 7919 + epoch * 104729) % (i + 1);
      [documents[i], documents[j]] = [documents[j]!, documents[i]!];
    }
    for (const { words, label, weight } of documents) {
      let z = bias;
      for (const word of words) z += weights.get(word) ?? 0;
      const gradient = (1 / (1 + Math.exp(-z)) - label) * weight;
      bias -= LEARNING_RATE * gradient;
      for (const word of words) {
        const value = weights.get(word) ?? 0;
        weights.set(word, value - LEARNING_RATE * (gradient + shrink * value));
      }
    }
  }
  const words = Object.fromEntries(
    [...weights]
      .filter(([, weight]) => Math.abs(weight) >= 0.005)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([word, weight]) => [word, Math.round(weight * 1000) / 1000]),
  );
  return { bias: Math.round(bias * 1000) / 1000, words };
}
