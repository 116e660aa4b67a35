// Unicode classes of single code points for the hand-written readers of text (they find what a pattern with
// \p{…} classes finds, faster): ASCII is decided at once, other characters of the basic plane are asked of the
// pattern once and remembered in a table, characters beyond it are asked each time.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

// 0: not asked yet, 1: in the class, 2: not in it.
const letterOrDigitTable = new Uint8Array(0x10000);
const letterTable = new Uint8Array(0x10000);
const upperTable = new Uint8Array(0x10000);

function lookUp(table: Uint8Array, pattern: RegExp, code: number): boolean {
  if (code > 0xffff) return pattern.test(String.fromCodePoint(code));
  let known = table[code]!;
  if (known === 0) {
    known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    table[code] = known;
  }
  return known === 1;
}

/** Whether a code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return lookUp(letterOrDigitTable, LETTER_OR_DIGIT, code);
}

/** Whether a code point is a letter (`\p{L}`). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return lookUp(letterTable, LETTER, code);
}

/** Whether a code point is an upper-case letter (`\p{Lu}`). */
export function isUpperCase(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return lookUp(upperTable, UPPER, code);
}

/** How many UTF-16 units a code point takes. */
export function unitsOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** Whether a UTF-16 unit is white space as `\s` reads it: ASCII white space, no-break spaces, the Unicode space
 * separators, line and paragraph separators, and the byte-order mark. */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
