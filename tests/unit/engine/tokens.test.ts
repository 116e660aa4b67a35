import { describe, expect, it } from 'vitest';
import { tokenize, WORD, type Token } from '../../../lib/text/tokens.ts';
import { expectAgreementOnAnyText } from '../agrees-on-any-text.ts';

// What tokenize found when it ran the pattern (WORD) itself: the hand-written reader must find the same tokens.
function byPattern(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(new RegExp(WORD.source, 'gu'))) {
    const word = match[0];
    const possessive = /['’][sS]$/.test(word);
    const raw = possessive ? word.slice(0, -2) : word;
    if (!raw) continue;
    const lower = raw.toLowerCase().replace(/\.(?=\p{L}|$)/gu, '');
    const start = match.index;
    tokens.push({ text: raw, lower, start, end: start + raw.length, capitalized: /^\p{Lu}/u.test(raw) });
  }
  return tokens;
}

const EXAMPLES = [
  'Ukraine’s U.S.-backed forces took 1,200.5 km² on Jan. 3 at 4 a.m., said Zelenskyy; the U.S. Senate agreed.',
  "e.g. i.e. U.S.A. A.B A. B. a.b.c. .a.b 3.5. 1,2,3 x’y 'tis rock'n'roll O'Brien's JAMES'S it’S",
  'ÉCOLE Société naïve café résumé Москва и Київ: 東京 2024年, عربي ١٢٣ ǅx ΣΩΔ',
  '𝐀.𝐁. and 𝐀bc 𝐚’𝐛 ab𝐀 ab1 \ud835 \udc00 lone halves',
  '',
  '...',
  "s’ ’s 's a’ ’ab a, ,a a,b,",
];

describe('tokenize', () => {
  it("finds the pattern's tokens on examples", () => {
    for (const text of EXAMPLES) expect(tokenize(text)).toEqual(byPattern(text));
  });

  it("finds the pattern's tokens on any text", () => {
    expectAgreementOnAnyText(tokenize, byPattern, "aAbBsSzZ09 .,’'-ÉéÖöΣσǅйЖ東١\u0301\u00a0\n", 6000);
  });
});
