import { isLetterOrDigit, isUpperCase, unitsOf } from '../../text/char-classes.ts';

// Capitalised words of three letters or more, possessive dropped: the parts of names. The pattern says what
// capitalisedWords finds; it is read by hand, one character at a time, because every block and sentence of a page
// is read for names and the pattern's Unicode classes made it the costliest part of that reading.
export const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]{2,}/gu;

/** The matches of CAPITALISED in a text, in order (what `text.match(CAPITALISED) ?? []` gives). */
export function capitalisedWords(text: string): string[] {
  const words: string[] = [];
  // Whether the code point before `at` is a letter or a digit (the pattern's look-behind).
  let afterWordChar = false;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    if (!afterWordChar && isUpperCase(code)) {
      let end = at + unitsOf(code);
      let rest = 0;
      let last = code;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        if (next !== 38 /* & */ && next !== 45 /* - */ && !isLetterOrDigit(next)) break;
        end += unitsOf(next);
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
    at += unitsOf(code);
  }
  return words;
}
