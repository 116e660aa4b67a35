import { describe, expect, it } from 'vitest';
import { CAPITALISED, capitalisedWords } from '../../../lib/promotion/text/capitalised.ts';
import { lowerCaseWords, REGISTER_WORD } from '../../../lib/promotion/text/register.ts';
import { WORD, wordTokens } from '../../../lib/promotion/text/words.ts';
import { expectAgreementOnAnyText } from '../agrees-on-any-text.ts';

// The hand-written readers must find exactly what their patterns find, on any text.
const READERS: [string, RegExp, (text: string) => string[]][] = [
  ['capitalised words', CAPITALISED, capitalisedWords],
  ['word tokens', WORD, wordTokens],
  ['lower-case words', REGISTER_WORD, lowerCaseWords],
];

const EXAMPLES = [
  'Apple’s new iPhone Pro, said Tim Cook of Apple Inc. in Cupertino.',
  "AT&T and T-Mobile cut prices; the EU-US deal (WTO) wasn't signed by McDonald and O’Brien's rock-'n'-roll band.",
  'ÉCOLE Société Générale Ökonom çAB xYZ 1ABC _ABC A1 Ab Abc naïve café résumé',
  '𝐀𝐁𝐂 and 𝐀bc: a capital outside the basic plane, Ǆemal, ǅx ΣΩΔ Ωmega abc𝐚 ab𝐀 ab1 a-b- -ab- ab’ ’ab',
  '',
  'ABC',
  'x-Abc &Abc -Abc 9Abc don’t re-use it; co-op’s 3-to-1 well-known-',
  'Москва и Київ: 東京 2024年, عربي ١٢٣',
];

describe('hand-written readers of text', () => {
  for (const [name, pattern, reader] of READERS) {
    const expected = (text: string) => text.match(pattern) ?? [];

    it(`${name}: the pattern's matches on examples`, () => {
      for (const text of EXAMPLES) expect(reader(text)).toEqual(expected(text));
    });

    it(`${name}: the pattern's matches on any text`, () => {
      expectAgreementOnAnyText(reader, expected, "aAbBzZ09 &-_.’'ÉéÖöΣσǅйЖ東١\u00a0\n", 4000);
    });
  }
});
