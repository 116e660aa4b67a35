/** A word of a sentence, with where it stands and how it was written. */
export interface Token {
  /** As written, without a possessive ending ("Ukraine’s" → "Ukraine"). */
  text: string;
  /** Lower case, inner full stops removed ("U.S." → "us"). */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  capitalized: boolean;
}

// Words, numbers with inner separators ("3.5", "1,200"), dotted abbreviations ("U.S.", "a.m."). Hyphenated
// compounds are separate words ("Russia-Ukraine", "U.S.-backed"), so that their parts meet other wordings.
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/[’']s$/i, '');
    if (!raw) continue;
    const start = match.index ?? 0;
    tokens.push({
      text: raw,
      lower: raw.toLowerCase().replace(/\.(?=\p{L}|$)/gu, ''),
      start,
      end: start + raw.length,
      capitalized: /^\p{Lu}/u.test(raw),
    });
  }
  return tokens;
}
