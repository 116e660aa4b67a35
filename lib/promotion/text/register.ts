import { readingOf } from './words.ts';

/** Per-word evidence of copywriting (log-odds of appearing in an advert sentence rather than in informative text). */
export type RegisterTable = Record<string, number>;

// Summed log-odds at which the register is taken as fully promotional.
const FULL_STRENGTH = 14;

const REGISTER_WORD = /(?<![\p{L}\p{N}'’-])[a-z][a-z'’-]*[a-z](?![\p{L}\p{N}])/gu;

/**
 * Words written in lower case only: capitalised words are names (brands), which must not be learned. Two signals
 * read the same sentence's: found once per text. Shared: do not modify.
 */
export function registerWordsOf(text: string): Set<string> {
  const reading = readingOf(text);
  return (reading.registerWords ??= new Set(text.match(REGISTER_WORD) ?? []));
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
  return Math.min(1, sum / FULL_STRENGTH);
}
