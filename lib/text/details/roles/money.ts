import { alternation, CURRENCY_SYMBOLS, CURRENCY_WORDS } from '../lexicon.ts';
import { mayHoldFigure, NUMBER_PATTERN, parseFigure, SCALE_PATTERN } from '../figure.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

const SYMBOL = alternation(Object.keys(CURRENCY_SYMBOLS));
const CODES = alternation(Object.keys(CURRENCY_WORDS).filter((word) => /^[a-z]{3}$/.test(word)));
// "$2.1bn", "£40m", "US$ 3 million", "USD 3bn", "2.5 million euros".
const PREFIXED = new RegExp(
  String.raw`(?:(?<![\p{L}])(${SYMBOL})|\b(${CODES})\s)\s?(${NUMBER_PATTERN}${SCALE_PATTERN})`,
  'giu',
);
const SUFFIXED = new RegExp(
  String.raw`(?<![\p{L}\d$€£])(${NUMBER_PATTERN}${SCALE_PATTERN})\s+(${alternation(Object.keys(CURRENCY_WORDS))})\b`,
  'giu',
);

const MAY_BE_MONEY = new RegExp(String.raw`[$€£¥₹]|\b(?:${alternation(Object.keys(CURRENCY_WORDS))})\b`, 'i');

// "245p a share": pence written as a letter glued to the figure.
const PENCE = /(?<![\p{L}\d$€£.,])(\d+(?:\.\d+)?)p\b/gu;

/** An amount of money, with its currency and scale folded into one value. */
export const moneyExtractor: DetailExtractor = {
  role: 'money',
  find(text) {
    const found: FoundDetail[] = [];
    if (!(MAY_BE_MONEY.test(text) || /\dp\b/.test(text)) || !mayHoldFigure(text)) return found;
    const add = (match: RegExpMatchArray, written: string, currency: string | undefined) => {
      const figure = parseFigure(written);
      if (!figure || !currency) return;
      const start = match.index ?? 0;
      found.push({
        role: 'money',
        value: figure.value,
        ...(figure.step === undefined ? {} : { step: figure.step }),
        unit: currency,
        text: match[0].trim(),
        start,
        end: start + match[0].trimEnd().length,
      });
    };
    for (const match of text.matchAll(PREFIXED)) {
      const currency = match[1]
        ? CURRENCY_SYMBOLS[match[1].toLowerCase()]
        : CURRENCY_WORDS[(match[2] ?? '').toLowerCase()];
      add(match, match[3] ?? '', currency);
    }
    for (const match of text.matchAll(PENCE)) add(match, match[1] ?? '', 'GBX');
    for (const match of text.matchAll(SUFFIXED))
      add(match, match[1] ?? '', CURRENCY_WORDS[(match[2] ?? '').toLowerCase()]);
    return found;
  },
};
