import { readingOf } from './words.ts';

/** Per-word evidence of copywriting (log-odds of appearing in an advert sentence rather than in informative text). */
export type RegisterTable = Record<string, number>;

// Summed log-odds at which the register is taken as fully promotional.
const FULL_STRENGTH = 14;

import { isLetterOrDigit } from '../../text/char-classes.ts';

// Words written in lower case only. The pattern says what lowerCaseWords finds; it is read by hand (every sentence
// is read, and the pattern's look-arounds made it costly).
export const REGISTER_WORD = /(?<![\p{L}\p{N}'’-])[a-z][a-z'’-]*[a-z](?![\p{L}\p{N}])/gu;

const isAsciiLower = (code: number) => code >= 97 && code <= 122;
const isJoiner = (code: number) => code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 45; /* - */

/** The matches of REGISTER_WORD in a text, in order (what `text.match(REGISTER_WORD) ?? []` gives). */
export function lowerCaseWords(text: string): string[] {
  const words: string[] = [];
  const length = text.length;
  // Whether the code point before `at` is a letter, a digit or a joiner (the pattern's look-behind).
  let blocked = false;
  for (let at = 0; at < length;) {
    const code = text.codePointAt(at)!;
    if (!blocked && isAsciiLower(code)) {
      // The run the middle of the pattern may take, then its last end that no letter or digit follows.
      let runEnd = at + 1;
      while (runEnd < length) {
        const next = text.charCodeAt(runEnd);
        if (!isAsciiLower(next) && !isJoiner(next)) break;
        runEnd++;
      }
      let end = -1;
      for (let last = runEnd - 1; last > at && end < 0; last--) {
        if (!isAsciiLower(text.charCodeAt(last))) continue;
        if (last + 1 >= length || !isLetterOrDigit(text.codePointAt(last + 1)!)) end = last + 1;
      }
      if (end > 0) {
        words.push(text.slice(at, end));
        // The match ends on a letter: the next position is behind a letter.
        blocked = true;
        at = end;
        continue;
      }
    }
    blocked = isLetterOrDigit(code) || isJoiner(code);
    at += code > 0xffff ? 2 : 1;
  }
  return words;
}

/**
 * Words written in lower case only: capitalised words are names (brands), which must not be learned. Two signals
 * read the same sentence's: found once per text. Shared: do not modify.
 */
export function registerWordsOf(text: string): Set<string> {
  const reading = readingOf(text);
  return (reading.registerWords ??= new Set(lowerCaseWords(text)));
}

// Tables as maps, made once per table (a table is read as it was when first used): every sentence looks its
// words up, and a map answers faster than a large object asked for its own keys.
const tableMaps = new WeakMap<Record<string, number>, Map<string, number>>();

/** A word table as a map of its own entries only ("constructor" is no word of it). */
export function tableMap(table: Record<string, number>): Map<string, number> {
  let map = tableMaps.get(table);
  if (!map) {
    map = new Map(Object.entries(table));
    tableMaps.set(table, map);
  }
  return map;
}

/** How strongly a sentence's wording reads like advertising copy, in [0, 1]. */
export function registerStrength(text: string, table: RegisterTable): number {
  const weights = tableMap(table);
  let sum = 0;
  for (const word of registerWordsOf(text)) {
    const weight = weights.get(word);
    if (weight !== undefined) sum += weight;
  }
  return registerStrengthOf(sum);
}

/** The register's strength for a sum of word weights. */
export function registerStrengthOf(sum: number): number {
  return Math.min(1, sum / FULL_STRENGTH);
}
