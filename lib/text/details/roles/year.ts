import type { DetailExtractor, FoundDetail } from '../types.ts';

// A year on its own ("in 2021", "pre-2014", "the 2019 election"); not a figure with a currency or unit.
const YEAR = /(?<![\d$€£,.])\b((?:19|20)\d{2})\b(?![,.]?\d)(?!\s?(?:%|percent|per cent))/g;

/** A year. */
export const yearExtractor: DetailExtractor = {
  role: 'year',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d/.test(text)) return found;
    for (const match of text.matchAll(YEAR)) {
      const start = match.index ?? 0;
      found.push({
        role: 'year',
        value: Number(match[1]),
        text: match[0],
        start,
        end: start + match[0].length,
        noHead: true,
      });
    }
    return found;
  },
};
