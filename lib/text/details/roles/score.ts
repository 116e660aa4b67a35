import {
  alternation,
  NUMBER_WORDS,
  SCORE_CUES,
  SCORE_NIL,
  SCORE_UNITS,
  SCORE_UNITS_CUED,
} from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// "2-1", "3–1", "7-2": two small numbers joined by a dash, not a range of years, a time or a decimal.
const SCORE = /(?<![\d.,:/–—-])(\d{1,3})\s?[-–—]\s?(\d{1,3})(?![\d%.,:/–—-]?\d)(?!\s?%)/g;
const WORD = /\p{L}+/gu;
// "by three goals to one", "by 52 votes to 48", "two sets to nil": a result written out, a unit between. Goals,
// votes or sets say it is a result; points, runs or seats only beside a result word ("rose two points to 5%" is not).
const NUMBER = `\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))}`;
const UNITS = alternation([...SCORE_UNITS, ...SCORE_UNITS_CUED]);
const WORDED = new RegExp(
  `\\b(${NUMBER})\\s+(${UNITS})\\s+to\\s+(${NUMBER}|${alternation(SCORE_NIL)})\\b(?![.,]\\d|\\s?%)`,
  'gi',
);
const valueOf = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? (/^\d+$/.test(word) ? Number(word) : 0);

/** A score or result ("beat Rovers 3-1", "a 2-1 win", "voted 7-2"): one value, not two numbers. A score cue
 * word must stand near it, so that a range ("10-15 people") is not read as a result. */
export const scoreExtractor: DetailExtractor = {
  role: 'score',
  find(text) {
    const found: FoundDetail[] = [];
    if (/\sto\s/.test(text)) {
      for (const match of text.matchAll(WORDED)) {
        const start = match.index ?? 0;
        const end = start + match[0].length;
        if (!SCORE_UNITS.has(match[2]!.toLowerCase()) && !cuedAround(text, start, end)) continue;
        found.push(score(valueOf(match[1]!), valueOf(match[3]!), match[0], start, end));
      }
    }
    if (!/\d\s?[-–—]\s?\d/.test(text)) return found;
    for (const match of text.matchAll(SCORE)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (!cuedAround(text, start, end)) continue;
      found.push(score(Number(match[1]), Number(match[2]), match[0], start, end));
    }
    return found;
  },
};

/** One result, the winner's figure first: "1-3" and "three goals to one" are both 3-1. */
function score(a: number, b: number, text: string, start: number, end: number): FoundDetail {
  return { role: 'score', value: `${Math.max(a, b)}-${Math.min(a, b)}`, text, start, end, noHead: true };
}

/** A result word stands within six words before or four after. */
function cuedAround(text: string, start: number, end: number): boolean {
  const before = [...text.slice(Math.max(0, start - 60), start).matchAll(WORD)].slice(-6);
  const after = [...text.slice(end, end + 40).matchAll(WORD)].slice(0, 4);
  return [...before, ...after].some((word) => SCORE_CUES.has(word[0].toLowerCase()));
}
