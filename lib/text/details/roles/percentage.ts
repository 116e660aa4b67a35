import { mayHoldFigure, NUMBER_PATTERN, parseFigure } from '../figure.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER_PATTERN})\s?(%|percent\b|per\s?cent\b|pct\b|percentage points?\b)`,
  'giu',
);

/** A percentage, or a change in percentage points (a different unit: "3 points" is not "3%"). */
export const percentageExtractor: DetailExtractor = {
  role: 'percentage',
  find(text) {
    const found: FoundDetail[] = [];
    if (!/%|per\s?cent|pct|percentage/i.test(text) || !mayHoldFigure(text)) return found;
    for (const match of text.matchAll(PERCENT)) {
      const figure = parseFigure(match[1] ?? '');
      if (!figure) continue;
      const start = match.index ?? 0;
      found.push({
        role: 'percentage',
        value: figure.value,
        ...(figure.step === undefined ? {} : { step: figure.step }),
        unit: /point/i.test(match[2] ?? '') ? 'pp' : '%',
        text: match[0],
        start,
        end: start + match[0].length,
      });
    }
    return found;
  },
};
