import { forgetWords, wordsOf } from './words.ts';

const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

// The matchers run one after another on the same sentence: remember its last few tokenisations.
const recent = new Map<string, { lower: string; tokens: string[] }>();
const RECENT_SIZE = 4;
const COUNTED_SIZE = 4096;

function tokenise(text: string): { lower: string; tokens: string[] } {
  const seen = recent.get(text);
  if (seen) return seen;
  const lower = text.toLowerCase();
  const entry = { lower, tokens: wordsOf(lower) };
  if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value ?? '');
  recent.set(text, entry);
  return entry;
}

// Every matcher, so that one call empties their memos.
const matchers: WordMatcher[] = [];

/**
 * Empties the memos of words and of word-list hits: called when an article's reading starts, so that they serve
 * that article only.
 */
export function forgetReading(): void {
  forgetWords();
  recent.clear();
  for (const matcher of matchers) matcher.forget();
}

/**
 * Counts word-list hits fast: plain single words are looked up in a set (one pass over the tokens), only the
 * entries that are phrases or patterns go through a regular expression.
 */
export class WordMatcher {
  private readonly words: Set<string>;
  private readonly phrases: RegExp | null;
  // The article's profile and the signals count the same sentences: remember the counts (emptied per article).
  private readonly counted = new Map<string, number>();

  constructor(entries: readonly string[]) {
    this.words = new Set(
      entries.filter((entry) => PLAIN_WORD.test(entry)).map((entry) => entry.toLowerCase()),
    );
    const phrases = entries.filter((entry) => !PLAIN_WORD.test(entry));
    this.phrases = phrases.length ? new RegExp(`\\b(?:${phrases.join('|')})\\b`, 'g') : null;
    matchers.push(this);
  }

  forget(): void {
    this.counted.clear();
  }

  count(text: string): number {
    let hits = this.counted.get(text);
    if (hits === undefined) {
      hits = this.countAfresh(text);
      if (this.counted.size >= COUNTED_SIZE) this.counted.clear();
      this.counted.set(text, hits);
    }
    return hits;
  }

  private countAfresh(text: string): number {
    const { lower, tokens } = tokenise(text);
    let hits = 0;
    for (const word of tokens) if (this.words.has(word)) hits++;
    if (this.phrases) {
      this.phrases.lastIndex = 0;
      hits += lower.match(this.phrases)?.length ?? 0;
    }
    return hits;
  }
}
