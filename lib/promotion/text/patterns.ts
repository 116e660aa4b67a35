/**
 * Compiles word-list entries (regular-expression sources kept as data) into one matcher. A run of entries that
 * open with a word boundary shares one (`\b(?:a|b)` finds what `\ba|\bb` finds: a boundary is a property of the
 * position alone, and the entries are still tried in their order), so the matcher tries no entry where no word
 * starts. An entry with an alternative at its top level is left as it is.
 */
export function compileList(entries: readonly string[], flags = 'giu'): RegExp {
  const parts: string[] = [];
  let run: string[] = [];
  const closeRun = () => {
    if (run.length > 0) parts.push(`\\b(?:${run.join('|')})`);
    run = [];
  };
  for (const entry of entries) {
    if (entry.startsWith('\\b') && !hasTopLevelAlternative(entry)) run.push(entry.slice(2));
    else {
      closeRun();
      parts.push(entry);
    }
  }
  closeRun();
  return new RegExp(`(?:${parts.join('|')})`, flags);
}

/** Whether a pattern source has an alternative at its top level (outside every group and class). */
export function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let at = 0; at < source.length; at++) {
    const char = source[at];
    if (char === '\\') at++;
    else if (char === '[') {
      // A class ends at the first unescaped "]" (in JavaScript "[]" is an empty class).
      at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/** How many times a global matcher matches a text. */
export function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
}
