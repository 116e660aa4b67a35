import { forgetWords, readingOf } from './words.ts';

const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

// Every matcher, so that one call empties their memos; a matcher's number is its place here.
const matchers: WordMatcher[] = [];

/**
 * Empties the memos of words and of word-list hits: called when an article's reading starts, so that they serve
 * that article only.
 */
export function forgetReading(): void {
  forgetWords();
}

/**
 * Counts word-list hits fast: plain single words are looked up in a set (one pass over the tokens), only the
 * entries that are phrases or patterns go through a regular expression. The article's profile and the signals
 * count the same sentences: the counts are kept with the text's reading (text/words.ts).
 */
export class WordMatcher {
  private readonly words: Set<string>;
  private readonly phrases: RegExp | null;
  private readonly index: number;

  constructor(entries: readonly string[]) {
    this.words = new Set(
      entries.filter((entry) => PLAIN_WORD.test(entry)).map((entry) => entry.toLowerCase()),
    );
    const phrases = entries.filter((entry) => !PLAIN_WORD.test(entry));
    this.phrases = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g') : null;
    this.index = matchers.push(this) - 1;
  }

  count(text: string): number {
    const reading = readingOf(text);
    let hits = reading.counts[this.index];
    if (hits === undefined) {
      hits = 0;
      for (const word of reading.words) if (this.words.has(word)) hits++;
      if (this.phrases) {
        this.phrases.lastIndex = 0;
        hits += reading.lower.match(this.phrases)?.length ?? 0;
      }
      reading.counts[this.index] = hits;
    }
    return hits;
  }
}
