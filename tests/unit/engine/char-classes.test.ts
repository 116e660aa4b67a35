import { describe, expect, it } from 'vitest';
import { isLetter, isLetterOrDigit, isSpace, isUpperCase } from '../../../lib/text/char-classes.ts';

// The hand-written readers decide characters by these: each must answer as its pattern does, for every character.
describe('character classes', () => {
  it('answer as their patterns do for every UTF-16 unit and a sample beyond the basic plane', () => {
    const codes = [...Array(0x10000).keys(), 0x1d400, 0x1d41a, 0x1f600, 0x20000, 0x10ffff];
    const mismatches: string[] = [];
    for (const code of codes) {
      const char = String.fromCodePoint(code);
      if (code <= 0xffff && isSpace(code) !== /\s/.test(char)) mismatches.push(`space ${code}`);
      if (isLetter(code) !== /\p{L}/u.test(char)) mismatches.push(`letter ${code}`);
      if (isLetterOrDigit(code) !== /[\p{L}\p{N}]/u.test(char)) mismatches.push(`letter or digit ${code}`);
      if (isUpperCase(code) !== /\p{Lu}/u.test(char)) mismatches.push(`upper case ${code}`);
    }
    expect(mismatches).toEqual([]);
  });
});
