import { isLetter, isLetterOrDigit, unitsOf } from './char-classes.ts';

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
// The pattern says what tokenize finds; every sentence of a page and of the corpus is tokenised, and reading by
// hand, one character at a time, is several times faster (tests/unit/engine/tokens.test.ts compares the two).
export const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'.,][\p{L}\p{N}]+)*/gu;

const INNER_STOPS = /\.(?=\p{L}|$)/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  for (let at = 0; at < length;) {
    const end = wordEnd(text, at);
    if (end === at) {
      at += unitsOf(text.codePointAt(at)!);
      continue;
    }
    const raw = withoutPossessive(text.slice(at, end));
    if (raw) {
      const lower = raw.toLowerCase();
      tokens.push({
        text: raw,
        lower: lower.includes('.') ? lower.replace(INNER_STOPS, '') : lower,
        start: at,
        end: at + raw.length,
        capitalized: startsUpperCase(raw),
      });
    }
    at = end;
  }
  return tokens;
}

/** Where the match of WORD starting at `at` ends (`at` itself when none starts there). */
function wordEnd(text: string, at: number): number {
  // A dotted abbreviation first, as the pattern tries it: two letters or more, each followed by a full stop.
  let dotted = at;
  let letters = 0;
  for (;;) {
    const code = text.codePointAt(dotted);
    if (code === undefined || !isLetter(code)) break;
    const stop = dotted + unitsOf(code);
    if (text.charCodeAt(stop) !== 46 /* . */) break;
    dotted = stop + 1;
    letters++;
  }
  if (letters >= 2) return dotted;
  let end = runEnd(text, at);
  if (end === at) return at;
  // A separator continues the word only when a letter or digit follows it.
  while (end + 1 < text.length && isSeparator(text.charCodeAt(end))) {
    const after = runEnd(text, end + 1);
    if (after === end + 1) break;
    end = after;
  }
  return end;
}

/** Where the run of letters and digits starting at `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    // ASCII letters and digits at once; anything else by its code point.
    if (code < 128) {
      if ((code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)) {
        end++;
        continue;
      }
      break;
    }
    const point = text.codePointAt(end)!;
    if (!isLetterOrDigit(point)) break;
    end += unitsOf(point);
  }
  return end;
}

function isSeparator(code: number): boolean {
  return code === 0x2019 /* ’ */ || code === 39 /* ' */ || code === 46 /* . */ || code === 44; /* , */
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
