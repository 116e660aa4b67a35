import { wordsOf } from './words.ts';

const PLAIN_WORD = /^[\p{L}\p{N}'’-]+$/u;

// The matchers run one after another on the same sentence: remember its last few tokenisations.
const recent = new Map<string, { lower: string; tokens: string[] }>();
const RECENT_SIZE = 4;

function tokenise(text: string): { lower: string; tokens: string[] } {
  const seen = recent.get(text);
  if (seen) return seen;
  const lower = text.toLowerCase();
  const entry = { lower, tokens: wordsOf(lower) };
  if (recent.size >= RECENT_SIZE) recent.delete(recent.keys().next().value ?? '');
  recent.set(text, entry);
  return entry;
}

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
