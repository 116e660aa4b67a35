import wording from '../data/ad-wording.json';
import register from '../data/register-words.json';
import { registerWordsOf } from './register.ts';
import { readingOf } from './words.ts';

/**
 * Several word tables read together: one pass over a text's distinct lower-case words sums every table's
 * weights, each from its own start, in the order registerStrength and wordingStrength add them (so the sums are
 * theirs to the last bit).
 */
export class WordTables {
  // For each word, the tables that weigh it, as flat pairs: table number, weight.
  private readonly weightsOfWord = new Map<string, number[]>();

  constructor(
    tables: readonly Record<string, number>[],
    private readonly starts: readonly number[],
  ) {
    tables.forEach((table, index) => {
      for (const [word, weight] of Object.entries(table)) {
        const entries = this.weightsOfWord.get(word);
        if (entries) entries.push(index, weight);
        else this.weightsOfWord.set(word, [index, weight]);
      }
    });
  }

  /** Each table's start plus the weights of the text's distinct lower-case words. Shared: do not modify. */
  sums(text: string): readonly number[] {
    const reading = readingOf(text);
    const kept = reading.tableSums;
    if (kept && kept.tables === this) return kept.sums;
    const sums = [...this.starts];
    for (const word of registerWordsOf(text)) {
      const entries = this.weightsOfWord.get(word);
      if (!entries) continue;
      for (let at = 0; at < entries.length; at += 2) sums[entries[at]!]! += entries[at + 1]!;
    }
    reading.tableSums = { tables: this, sums };
    return sums;
  }
}

/** The shipped copywriting register (sum from 0) and ad wording model (log-odds from its bias), read together. */
export const SHIPPED_WORDING = new WordTables([register.words, wording.words], [0, wording.bias]);
export const REGISTER_SUM = 0;
export const WORDING_LOG_ODDS = 1;
