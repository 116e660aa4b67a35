import { forgetWords, readingOf, type Reading } from './words.ts';

const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

// Every matcher, so that one call empties their memos; a matcher's number is its place here.
const matchers: WordMatcher[] = [];
// For each plain word of any matcher, the numbers of the matchers that list it: one pass over a text's words
// finds every matcher's word hits.
const listsOfWord = new Map<string, number[]>();

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
/** How many of a text's words each matcher lists (by matcher number), counted in one pass. */
function wordHitsOf(reading: Reading): number[] {
  let hits = reading.wordHits;
  // (A matcher made after the text was read is counted too.)
  if (!hits || hits.length < matchers.length) {
    hits = new Array<number>(matchers.length).fill(0);
    for (const word of reading.words) {
      const lists = listsOfWord.get(word);
      if (lists) for (const list of lists) hits[list]!++;
    }
    reading.wordHits = hits;
  }
  return hits;
}

export class WordMatcher {
  private readonly phrases: RegExp | null;
  private readonly index: number;

  constructor(entries: readonly string[]) {
    const words = new Set(
      entries.filter((entry) => PLAIN_WORD.test(entry)).map((entry) => entry.toLowerCase()),
    );
    const phrases = entries.filter((entry) => !PLAIN_WORD.test(entry));
    this.phrases = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g') : null;
    this.index = matchers.push(this) - 1;
    for (const word of words) {
      const lists = listsOfWord.get(word);
      if (lists) lists.push(this.index);
      else listsOfWord.set(word, [this.index]);
    }
  }

  count(text: string): number {
    const reading = readingOf(text);
    let hits = reading.counts[this.index];
    if (hits === undefined) {
      hits = wordHitsOf(reading)[this.index] ?? 0;
      if (this.phrases) {
        this.phrases.lastIndex = 0;
        hits += reading.lower.match(this.phrases)?.length ?? 0;
      }
      reading.counts[this.index] = hits;
    }
    return hits;
  }
}
