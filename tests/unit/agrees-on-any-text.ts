import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Asserts that a hand-written reader gives what its pattern gives: on texts made of the given characters (plus
 * astral letters and lone surrogates, where hand-written code most often slips), then on any graphemes.
 */
export function expectAgreementOnAnyText<T>(
  reader: (text: string) => T,
  pattern: (text: string) => T,
  characters: string,
  runs: number,
): void {
  const pieces = fc.constantFrom(...characters.split(''), '𝐀', '𝐚', '\ud835', '\udc00');
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(reader(text)).toEqual(pattern(text));
    }),
    { numRuns: runs },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      expect(reader(text)).toEqual(pattern(text));
    }),
    { numRuns: 2000 },
  );
}
