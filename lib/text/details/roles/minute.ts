import { MINUTE_INTO_OBJECTS } from '../lexicon.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// "in the 89th minute", "an 89th-minute winner".
const ORDINAL_MINUTE = /\b(\d{1,3})(?:st|nd|rd|th)[\s-]+min(?:ute)?s?\b/gi;
// "85 minutes into the match", "12 minutes in," (a moment, not a duration).
const MINUTES_INTO = /\b(\d{1,3})\s+min(?:ute)?s?\s+(?:into\s+(?:the\s+)?(\p{L}+)|in(?=\s*[,.;]))/giu;
// "put the hosts in front after 12 minutes," (a moment when a clause ends there).
const AFTER_MINUTES = /\bafter\s+(\d{1,3})\s+min(?:ute)?s?(?=\s*[,.;])/giu;

/** A moment of a match or event counted in minutes from its start: "85 minutes into the match" and "the 85th
 * minute" are the same value. Moments "into the second half" are left out: their minute depends on the sport. */
export const minuteExtractor: DetailExtractor = {
  role: 'minute',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/\d/.test(text) || !/\bmin/i.test(text)) return found;
    const add = (match: RegExpMatchArray) => {
      const start = match.index ?? 0;
      found.push({
        role: 'minute',
        value: Number(match[1]),
        text: match[0],
        start,
        end: start + match[0].length,
        noHead: true,
      });
    };
    for (const match of text.matchAll(ORDINAL_MINUTE)) add(match);
    for (const match of text.matchAll(AFTER_MINUTES)) {
      // The figure starts the detail: "after" only cues it.
      const skip = match[0].indexOf(match[1] ?? '');
      const start = (match.index ?? 0) + skip;
      found.push({
        role: 'minute',
        value: Number(match[1]),
        text: match[0].slice(skip),
        start,
        end: start + match[0].length - skip,
        noHead: true,
      });
    }
    for (const match of text.matchAll(MINUTES_INTO)) {
      const object = (match[2] ?? '').toLowerCase();
      if (object && (!MINUTE_INTO_OBJECTS.has(object) || object === 'second' || object === 'extra')) continue;
      add(match);
    }
    return found;
  },
};
