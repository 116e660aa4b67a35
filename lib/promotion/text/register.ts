/** Per-word evidence of copywriting (log-odds of appearing in an advert sentence rather than in informative text). */
export type RegisterTable = Record<string, number>;

// Summed log-odds at which the register is taken as fully promotional.
const FULL_STRENGTH = 14;

/** Words written in lower case only: capitalised words are names (brands), which must not be learned. */
export function registerWordsOf(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}'’-])[a-z][a-z'’-]*[a-z](?![\p{L}\p{N}])/gu) ?? []);
}

/** How strongly a sentence's wording reads like advertising copy, in [0, 1]. */
export function registerStrength(text: string, table: RegisterTable): number {
  let sum = 0;
  // Own entries only: "constructor" would otherwise add Object.prototype's function (NaN).
  for (const word of registerWordsOf(text)) if (Object.hasOwn(table, word)) sum += table[word]!;
  return Math.min(1, sum / FULL_STRENGTH);
}
