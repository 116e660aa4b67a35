import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/**
 * Reporting verbs and the vocabulary of public affairs ("said", "according to", "sanctions", "earnings"). A
 * negative cue: purchases and companies named inside reporting are the story, not an advert.
 */
export const newsRegister: Signal = {
  id: 'news-register',
  reason: 'reads like reporting',
  measure({ sentence }) {
    return Math.min(1, lexicon.reporting.count(sentence.text) / 2);
  },
};
