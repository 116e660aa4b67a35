// Capitalised words of three letters or more, possessive dropped: the parts of names. The pattern says what
// capitalisedWords finds; it is read by hand, one character at a time, because every block and sentence of a page
// is read for names and the pattern's Unicode classes made it the costliest part of that reading.
export const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]{2,}/gu;

const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(String.fromCodePoint(code));
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The matches of CAPITALISED in a text, in order (what `text.match(CAPITALISED) ?? []` gives). */
export function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  // Whether the code point before `at` is a letter or a digit (the pattern's look-behind).
  let afterWordChar = false;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    const size = code > 0xffff ? 2 : 1;
    if (!afterWordChar && isUpper(code)) {
      let end = at + size;
      let rest = 0;
      let last = code;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (next !== 38 /* & */ && next !== 45 /* - */ && !isLetterOrDigit(next)) break;
        end += next > 0xffff ? 2 : 1;
        rest++;
        last = next;
      }
      if (rest >= 2) {
        words.push(text.slice(at, end));
        afterWordChar = isLetterOrDigit(last);
        at = end;
        continue;
      }
    }
    afterWordChar = isLetterOrDigit(code);
    at += size;
  }
  return words;
}
