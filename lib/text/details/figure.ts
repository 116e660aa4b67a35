import { alternation, NUMBER_WORDS, SCALES } from './lexicon.ts';

/** A written number ("3,412", "2.5", "forty") and, when present, its scale word ("million", "bn", "m"). */
const TENS = Object.keys(NUMBER_WORDS).filter((word) => (NUMBER_WORDS[word] ?? 0) >= 20);
const UNITS = Object.keys(NUMBER_WORDS).filter((word) => (NUMBER_WORDS[word] ?? 0) < 10);
export const NUMBER_PATTERN = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:(?:${alternation(TENS)})[\s-](?:${alternation(UNITS)})|${alternation(Object.keys(NUMBER_WORDS))})\b)`;
export const SCALE_PATTERN = String.raw`(?:\s?(?:${alternation(Object.keys(SCALES))})\b)?`;

const NUMBER_WORD = new RegExp(String.raw`\b(?:${alternation(Object.keys(NUMBER_WORDS))})\b`, 'i');

/** Whether a text may hold a figure at all: a digit or a number word. Extractors skip the rest cheaply. */
export function mayHoldFigure(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD.test(text);
}

export interface ParsedFigure {
  value: number;
  /** Rounding step as written: "3,400" → 100, "2.1 billion" → 1e8; absent for a figure written exactly. */
  step?: number;
}

/** The value of a number as written, with its optional scale ("2.1bn", "3,400", "forty thousand"). */
export function parseFigure(written: string): ParsedFigure | null {
  const match = /^(.*?)(?:\s?([a-z]+))?$/i.exec(written.trim());
  if (!match) return null;
  let digits = match[1] ?? '';
  let scaleWord = (match[2] ?? '').toLowerCase();
  if (!(scaleWord in SCALES)) {
    digits = written.trim();
    scaleWord = '';
  }
  const scale = scaleWord ? (SCALES[scaleWord] ?? 1) : 1;
  // "twenty-seven": tens and units.
  const [tens, units] = digits.toLowerCase().split(/[\s-]/);
  const compound = units ? (NUMBER_WORDS[tens ?? ''] ?? NaN) + (NUMBER_WORDS[units] ?? NaN) : undefined;
  const word = compound ?? NUMBER_WORDS[digits.toLowerCase()];
  if (word !== undefined) {
    const value = word * scale;
    if (!Number.isFinite(value)) return null;
    return { value, step: word >= 20 && word % 10 === 0 ? 10 * scale : scaleWord ? scale : undefined };
  }
  const plain = digits.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return null;
  const value = Number(plain) * scale;
  const decimals = plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0;
  let step: number | undefined;
  if (decimals > 0) step = 10 ** -decimals * scale;
  else {
    const zeros = /0*$/.exec(plain)?.[0].length ?? 0;
    if (zeros > 0 && zeros < plain.length) step = 10 ** zeros * scale;
    else if (scale > 1) step = scale;
  }
  return step === undefined ? { value } : { value, step };
}
