import mined from '../data/register-words.json';
import { registerStrength, type RegisterTable } from '../text/register.ts';
import type { Signal } from '../types.ts';

const TABLE: RegisterTable = mined.words;

/**
 * Copywriting vocabulary learned from data (scripts/fit/fit-promotion-weights.ts mines it: lower-case words far more
 * frequent in advert sentences than in informative answers and news, across several product areas — no brands).
 */
export const copywritingRegister: Signal = {
  id: 'copywriting-register',
  reason: 'is written in the vocabulary of advertising copy',
  measure({ ownWords }) {
    return registerStrength(ownWords, TABLE);
  },
};
