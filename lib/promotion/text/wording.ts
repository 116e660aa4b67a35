import { registerWordsOf, tableMap } from './register.ts';

/** A logistic model over the lower-case words of a sentence: log-odds that it is advert copy rather than reporting. */
export interface WordingModel {
  bias: number;
  words: Record<string, number>;
}

/** Probability, from its word choice alone, that a sentence is advert copy (capitalised words, names, are not read). */
export function wordingStrength(text: string, model: WordingModel): number {
  const weights = tableMap(model.words);
  let z = model.bias;
  for (const word of registerWordsOf(text)) {
    const weight = weights.get(word);
    if (weight !== undefined) z += weight;
  }
  return wordingProbability(z);
}

/** The probability for the wording model's log-odds. */
export function wordingProbability(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
