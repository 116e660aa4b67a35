import { TIME_OF_DAY_WORDS } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// "3pm", "3.30 p.m.", "10:45am", "at 15:30", "at noon".
const TWELVE_HOUR = /\b(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\b\.?/gi;
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s?[ap]\.?\s?m\b)/gi;
const NAMED = new RegExp(String.raw`\bat\s+(${Object.keys(TIME_OF_DAY_WORDS).join('|')})\b`, 'gi');

/** A time of day, as minutes after midnight. */
export const timeOfDayExtractor: DetailExtractor = {
  role: 'time',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d|noon|midday|midnight/i.test(text)) return found;
    const add = (match: RegExpMatchArray, minutes: number, step?: number) => {
      const start = match.index ?? 0;
      found.push({
        ...(step === undefined ? {} : { step }),
        role: 'time',
        value: minutes,
        text: match[0].trim(),
        start,
        end: start + match[0].length,
        noHead: true,
      });
    };
    for (const match of text.matchAll(TWELVE_HOUR)) {
      const hour = Number(match[1]);
      if (hour < 1 || hour > 12) continue;
      const pm = (match[3] ?? '').toLowerCase() === 'p';
      // "9 p.m." without minutes is the hour: less specific than "9:24 p.m.", not another time.
      add(match, ((hour % 12) + (pm ? 12 : 0)) * 60 + Number(match[2] ?? 0), match[2] ? undefined : 60);
    }
    for (const match of text.matchAll(TWENTY_FOUR_HOUR)) add(match, Number(match[1]) * 60 + Number(match[2]));
    for (const match of text.matchAll(NAMED))
      add(match, TIME_OF_DAY_WORDS[(match[1] ?? '').toLowerCase()] ?? 0);
    return found;
  },
};
