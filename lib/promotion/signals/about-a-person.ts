import type { Signal } from '../types.ts';

// Lower-cased matching: case-insensitive Unicode regular expressions are slow.
const PERSONAL = /\b(?:he|she|his|her|hers|him|himself|herself)\b/g;

/**
 * Talk about a person ("his craftsmanship", "she said"). A negative cue: praise in an obituary or a profile is
 * about someone, while advertising copy praises a product or a brand ("its", "your").
 */
export const aboutAPerson: Signal = {
  id: 'about-a-person',
  reason: 'is about a person',
  measure({ ownWords }) {
    return Math.min(1, (ownWords.toLowerCase().match(PERSONAL)?.length ?? 0) / 2);
  },
};
