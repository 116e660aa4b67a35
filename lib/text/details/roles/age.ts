import type { DetailExtractor, FoundDetail } from '../types.ts';

// "34-year-old", "aged 34", "at the age of 34", "Smith, 34, …" (the age is the second group).
const YEAR_OLD = /\b()(\d{1,3})[\s-]years?[\s-]old\b/gi;
const AGED = /\b(aged\s+|age of\s+|ages of\s+)(\d{1,3})\b(?![.,]?\d)/gi;
const NAME_COMMA_AGE = /(\p{Lu}[\p{L}'’-]+,\s)(\d{1,3})(?=,\s)/gu;
// "aged 16 and 13": the second age.
const AGED_AND = /(\baged\s+\d{1,3}\s+and\s+)(\d{1,3})\b(?![.,]?\d)/gi;

/** A person's age. */
export const ageExtractor: DetailExtractor = {
  role: 'age',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d/.test(text)) return found;
    for (const pattern of [YEAR_OLD, AGED, NAME_COMMA_AGE, AGED_AND]) {
      for (const match of text.matchAll(pattern)) {
        const age = Number(match[2]);
        if (age < 1 || age > 120) continue;
        // "Smith, 34," and "aged 16 and 13" show only the number; the other forms show the words that make it an age.
        const skip = pattern === NAME_COMMA_AGE || pattern === AGED_AND ? (match[1] ?? '').length : 0;
        const start = (match.index ?? 0) + skip;
        const written = match[0].slice(skip);
        found.push({
          role: 'age',
          value: age,
          text: written,
          start,
          end: start + written.length,
          noHead: true,
        });
      }
    }
    return found;
  },
};
