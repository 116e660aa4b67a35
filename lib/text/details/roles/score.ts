import { SCORE_CUES } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// "2-1", "3–1", "7-2": two small numbers joined by a dash, not a range of years, a time or a decimal.
const SCORE = /(?<![\d.,:/–—-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\d%.,:/–—-]?\d)(?!\s?%)/g;
const WORD = /\p{L}+/gu;

/** A score or result ("beat Rovers 3-1", "a 2-1 win", "voted 7-2"): one value, not two numbers. A score cue
 * word must stand near it, so that a range ("10-15 people") is not read as a result. */
export const scoreExtractor: DetailExtractor = {
  role: 'score',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d\s?[-–—]\s?\d/.test(text)) return found;
    for (const match of text.matchAll(SCORE)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const before = [...text.slice(Math.max(0, start - 60), start).matchAll(WORD)].slice(-6);
      const after = [...text.slice(end, end + 40).matchAll(WORD)].slice(0, 4);
      const cued = [...before, ...after].some((word) => SCORE_CUES.has(word[0].toLowerCase()));
      if (!cued) continue;
      const a = Number(match[1]);
      const b = Number(match[2]);
      found.push({
        role: 'score',
        value: `${Math.max(a, b)}-${Math.min(a, b)}`,
        text: match[0],
        start,
        end,
        noHead: true,
      });
    }
    return found;
  },
};
