import { describe, expect, it } from 'vitest';
import { termOf } from '../../../lib/text/terms.ts';
import { registerStrength } from '../../../lib/promotion/text/register.ts';
import { wordingStrength } from '../../../lib/promotion/text/wording.ts';

// Word tables are plain objects read from JSON: words that name Object.prototype's members must read as words.
const MEMBER_WORDS = ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__'];

describe('words that name object members', () => {
  it('become ordinary index terms', () => {
    for (const word of MEMBER_WORDS) {
      const term = termOf({ text: word, lower: word, start: 0, end: word.length, capitalized: false });
      expect(typeof term === 'string' && /^[a-z_]+$/.test(term), `${word} → ${String(term)}`).toBe(true);
    }
  });

  it('leave the promotion wording scores finite', () => {
    const sentence = `The ${MEMBER_WORDS.join(' and the ')} were named by the council on Monday.`;
    expect(Number.isFinite(registerStrength(sentence, { amazing: 2 }))).toBe(true);
    expect(registerStrength(sentence, { amazing: 2 })).toBe(0);
    const probability = wordingStrength(sentence, { bias: -1, words: { amazing: 2 } });
    expect(probability).toBeCloseTo(1 / (1 + Math.exp(1)));
  });
});
