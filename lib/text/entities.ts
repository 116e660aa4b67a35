import { termOf } from './terms.ts';
import type { Token } from './tokens.ts';

// Capitalised words that are titles or function words, never names by themselves.
const NOT_NAMES = new Set([
  'president',
  'prime',
  'minister',
  'chancellor',
  'secretary',
  'general',
  'spokesman',
  'spokeswoman',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'i',
  'the',
  'a',
  'an',
  'and',
  'of',
  'for',
  'in',
  'on',
]);

/**
 * Terms written as names: capitalised inside a sentence (the first word of a sentence is capitalised anyway,
 * so it does not count). Collected over a whole text, then used to tell a sentence that shares only names with
 * a reference ("Trump", "Putin") from one that shares what is said.
 */
export function nameTermsOf(sentences: Token[][]): Set<string> {
  const names = new Set<string>();
  for (const tokens of sentences) addNameTerms(tokens, names);
  return names;
}

/** Adds one sentence's name terms to `names` (so that a large corpus need not keep all its tokens). */
export function addNameTerms(tokens: Token[], names: Set<string>): void {
  tokens.forEach((token, index) => {
    if (index === 0 || !token.capitalized || NOT_NAMES.has(token.lower)) return;
    if (/^\d/.test(token.lower)) return;
    if (token.text === token.text.toUpperCase() && token.text.length > 4) return; // SHOUTED words
    const term = termOf(token);
    if (term) names.add(term);
  });
}
