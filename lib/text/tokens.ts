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

const INNER_STOPS = /\.(?=\p{L}|$)/gu;
const UPPER = /^\p{Lu}/u;

// Every sentence of a page and of the corpus is tokenised, so the common cases are decided without a
// regular expression: an ASCII first letter, no possessive ending, no full stop.
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const raw = withoutPossessive(match[0]);
    if (!raw) continue;
    const start = match.index;
    const lower = raw.toLowerCase();
    tokens.push({
      text: raw,
      lower: lower.includes('.') ? lower.replace(INNER_STOPS, '') : lower,
      start,
      end: start + raw.length,
      capitalized: startsUpperCase(raw),
    });
  }
  return tokens;
}

/** The word without a possessive "’s" or "'s" (either case of s). */
function withoutPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 /* s */ && last !== 83 /* S */) return word;
  const before = word.charCodeAt(word.length - 2);
  return before === 0x2019 /* ’ */ || before === 39 /* ' */ ? word.slice(0, -2) : word;
}

function startsUpperCase(word: string): boolean {
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : UPPER.test(word);
}
