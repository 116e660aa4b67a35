import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPITALISED, capitalisedWords } from '../../../lib/promotion/text/capitalised.ts';

const expected = (text: string) => text.match(CAPITALISED) ?? [];

describe('capitalised words, read by hand', () => {
  it('finds the parts of names as the pattern does', () => {
    for (const text of [
      'Apple’s new iPhone Pro, said Tim Cook of Apple Inc. in Cupertino.',
      'AT&T and T-Mobile cut prices; the EU-US deal (WTO) was signed by McDonald and O’Brien.',
      'ÉCOLE Société Générale Ökonom çAB xYZ 1ABC _ABC A1 Ab Abc',
      '𝐀𝐁𝐂 and 𝐀bc: a capital outside the basic plane, Ǆemal, ǅx ΣΩΔ Ωmega',
      '',
      'ABC',
      'x-Abc &Abc -Abc 9Abc',
    ])
      expect(capitalisedWords(text)).toEqual(expected(text));
  });

  it('agrees with the pattern on any text', () => {
    const alphabet = fc.constantFrom(
      ..."aAbBzZ09 &-_.’'ÉéÖöΣσǅ𝐀𝐚\u00a0\n".split(''),
      '𝐀',
      '𝐚',
      '\ud835',
      '\udc00',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(capitalisedWords(text)).toEqual(expected(text));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        expect(capitalisedWords(text)).toEqual(expected(text));
      }),
      { numRuns: 3000 },
    );
  });
});
