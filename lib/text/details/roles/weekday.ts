import { alternation, WEEKDAYS } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

const WEEKDAY = new RegExp(
  String.raw`\b(${alternation(WEEKDAYS.map((day) => day.charAt(0).toUpperCase() + day.slice(1)))})\b`,
  'g',
);

/** A day of the week ("on Saturday"). */
export const weekdayExtractor: DetailExtractor = {
  role: 'weekday',
  find(text) {
    const found: FoundDetail[] = [];
    for (const match of text.matchAll(WEEKDAY)) {
      const start = match.index ?? 0;
      found.push({
        role: 'weekday',
        value: (match[1] ?? '').toLowerCase(),
        text: match[0],
        start,
        end: start + match[0].length,
        noHead: true,
      });
    }
    return found;
  },
};
