/** Collapses every run of white space (including non-breaking spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ').trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words as a reader would count them: runs of letters or digits (with inner apostrophes, full stops, commas and
 * hyphens), the matches of /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*\/gu counted in one pass without building them: every
 * sentence of a page is counted, several times.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    const size = code > 0xffff ? 2 : 1;
    const wordChar = isLetterOrDigit(code, text, at, size);
    if (inWord) {
      // Inside a word: letters, digits and the inner marks continue it.
      inWord = wordChar || code === 39 || code === 0x2019 || code === 46 || code === 44 || code === 45;
    } else if (wordChar) {
      count++;
      inWord = true;
    }
    at += size;
  }
  return count;
}

function isLetterOrDigit(code: number, text: string, at: number, size: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(text.slice(at, at + size));
}
