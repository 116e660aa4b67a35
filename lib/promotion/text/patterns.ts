/** Compiles word-list entries (regular-expression sources kept as data) into one case-insensitive matcher. */
export function compileList(entries: readonly string[], flags = 'giu'): RegExp {
  return new RegExp(`(?:${entries.join('|')})`, flags);
}

/** How many times a global matcher matches a text. */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}
