import { alternation, monthOf, MONTH_ABBREVIATIONS, MONTHS } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// Month names are capitalised ("May", not the verb "may"); abbreviations may end with a full stop.
const MONTH = `(?:${alternation(MONTHS.map(capitalise))}|(?:${alternation(MONTH_ABBREVIATIONS.map(capitalise))}|Sept)\\.?)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH})(?:,?\s+${YEAR})?(?![\p{L}\d])`, 'gu');
const MONTH_DAY = new RegExp(String.raw`\b(${MONTH})\s+${DAY}(?:,?\s+${YEAR})?(?![\p{L}\d])`, 'gu');
const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?${YEAR}\b`, 'gu');
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "YYYY-MM-DD", unknown parts left empty ("-03-14", "2025-03-"). */
function dateValue(year: string | undefined, month: number, day: string | undefined): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year ?? ''}-${pad(month)}-${day ? pad(Number(day)) : ''}`;
}

/** A calendar date: day and month, with or without the year, or a month of a year. */
export const dateExtractor: DetailExtractor = {
  role: 'date',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d/.test(text)) return found;
    const taken: [number, number][] = [];
    const add = (match: RegExpMatchArray, value: string) => {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some(([from, to]) => start < to && end > from)) return;
      // "the 17 February Brigade", "the 6th of October Bridge": a date in a name.
      if (/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start)) && /^\s+\p{Lu}/u.test(text.slice(end)))
        return;
      const day = Number(value.slice(-2));
      if (value.slice(-2) !== '' && value.slice(-1) !== '-' && (day < 1 || day > 31)) return;
      taken.push([start, end]);
      found.push({ role: 'date', value, text: match[0], start, end, noHead: true });
    };
    for (const match of text.matchAll(ISO)) add(match, `${match[1]}-${match[2]}-${match[3]}`);
    for (const match of text.matchAll(DAY_MONTH))
      add(match, dateValue(match[3], monthOf(match[2] ?? ''), match[1]));
    for (const match of text.matchAll(MONTH_DAY))
      add(match, dateValue(match[3], monthOf(match[1] ?? ''), match[2]));
    for (const match of text.matchAll(MONTH_YEAR))
      add(match, dateValue(match[2], monthOf(match[1] ?? ''), undefined));
    return found;
  },
};
