import { LABEL_NOUNS, NUMBER_WORDS } from '../lexicon.ts';
import { mayHoldFigure, NUMBER_PATTERN, parseFigure, SCALE_PATTERN } from '../figure.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// Any other figure: "3,412", "48 homes", "1.2 million". Not inside a word ("G7", "Covid-19") or an ordinal.
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\d$€£.,/:–—-])(${NUMBER_PATTERN}${SCALE_PATTERN})(?!\d|[.,]\d|st\b|nd\b|rd\b|th\b|[:/–-]\d)`,
  'giu',
);

/** A count of things (the thing counted is the detail's head: "48 homes", "a crowd of 3,412"). Number words
 * below ten are left out ("one of the", "two leaders"): they rarely carry the checkable figure. */
export const countExtractor: DetailExtractor = {
  role: 'count',
  find(text) {
    const found: FoundDetail[] = [];
    if (!mayHoldFigure(text)) return found;
    for (const match of text.matchAll(COUNT)) {
      const written = (match[1] ?? '').trim();
      const word = NUMBER_WORDS[written.toLowerCase()];
      if (word !== undefined && word < 10) continue;
      const figure = parseFigure(written);
      if (!figure) continue;
      const start = match.index ?? 0;
      // "section 3", "type 2 diabetes", "Article 1": a number that names a thing, not a count of it.
      const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
      if (before !== undefined && LABEL_NOUNS.has(before) && /^\d/.test(written)) continue;
      found.push({
        role: 'count',
        value: figure.value,
        ...(figure.step === undefined ? {} : { step: figure.step }),
        text: written,
        start,
        end: start + written.length,
      });
    }
    return found;
  },
};
