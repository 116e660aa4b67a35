import { wordsOf } from './words.ts';

const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

/**
 * Counts word-list hits fast: plain single words are looked up in a set (one pass over the tokens), only the
 * entries that are phrases or patterns go through a regular expression.
 */
export class WordMatcher {
  private readonly words: Set<string>;
  private readonly phrases: RegExp | null;

  constructor(entries: readonly string[]) {
    this.words = new Set(
      entries.filter((entry) => PLAIN_WORD.test(entry)).map((entry) => entry.toLowerCase()),
    );
    const phrases = entries.filter((entry) => !PLAIN_WORD.test(entry));
    this.phrases = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g') : null;
  }

  count(text: string): number {
    const lower = text.toLowerCase();
    let hits = 0;
    for (const word of wordsOf(lower)) if (this.words.has(word)) hits++;
    if (this.phrases) {
      this.phrases.lastIndex = 0;
      hits += lower.match(this.phrases)?.length ?? 0;
    }
    return hits;
  }
}
