import { alternation, DURATION_SECONDS } from '../lexicon.ts';
import { mayHoldFigure, NUMBER_PATTERN, parseFigure, type ParsedFigure } from '../figure.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// "90 minutes", "a two-year contract", "three hours of talks"; not "two years ago" (a date) or an age.
const DURATION = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER_PATTERN}|an?|half an?)[\s-](${alternation(Object.keys(DURATION_SECONDS))})\b(?![\s-]+(?:ago|old|earlier|later|before|after)\b)`,
  'giu',
);

const UNIT = new RegExp(String.raw`\b(?:${alternation(Object.keys(DURATION_SECONDS))})\b`, 'i');

/** A length of time, in seconds. */
export const durationExtractor: DetailExtractor = {
  role: 'duration',
  find(text) {
    const found: FoundDetail[] = [];
    if (!UNIT.test(text) || !(mayHoldFigure(text) || /\bhalf an?\b/i.test(text))) return found;
    for (const match of text.matchAll(DURATION)) {
      const written = (match[1] ?? '').toLowerCase();
      // "a year" / "an hour" are too loose to check; "half an hour" is a figure.
      if (written === 'a' || written === 'an') continue;
      const figure: ParsedFigure | null = written.startsWith('half') ? { value: 0.5 } : parseFigure(written);
      const unit = DURATION_SECONDS[(match[2] ?? '').toLowerCase()];
      if (!figure || unit === undefined) continue;
      const start = match.index ?? 0;
      found.push({
        role: 'duration',
        value: figure.value * unit,
        ...(figure.step === undefined ? {} : { step: figure.step * unit }),
        text: match[0],
        start,
        end: start + match[0].length,
      });
    }
    return found;
  },
};
