/** Compiles word-list entries (regular-expression sources kept as data) into one case-insensitive matcher. */
export function compileList(entries: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?:${entries.join('|')})`, flags);
}

/**
 * Compiles word-list entries into one matcher of whole entries: `\b(?:a|b)\b` finds what `(?:\ba\b|\bb\b)`
 * finds (a word boundary is a property of the position alone) without trying every entry where no word starts.
 * An entry must have no alternative at its top level (tests/unit/promotion/candidates.test.ts checks the lists).
 */
export function compileWholeEntries(entries: readonly string[], flags: string): RegExp {
  return new RegExp(`\\b(?:${entries.join('|')})\\b`, flags);
}

/** How many times a global matcher matches a text. */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}
