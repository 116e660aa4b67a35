import { scoreExtractor } from './details/roles/score.ts';

/** A figure a sentence states: an amount of money, a percentage, a count, a duration, a year, a date or a score
 * ("2-1" is one value, not two numbers). */
export interface Quantity {
  kind: 'money' | 'percent' | 'count' | 'duration' | 'year' | 'date' | 'score';
  /** Normalised value: money in units, durations in days, dates as YYYY-MM. */
  value: number | string;
  /** For counts and durations: what is counted ("billion" folded in), so 90 minutes ≠ 90 people. */
  unit: string;
  text: string;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DURATION_DAYS: Record<string, number> = {
  second: 1 / 86400,
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
  decade: 3650,
};

const NUMBER = String.raw`(\d+(?:[.,]\d+)*|${Object.keys(WORD_NUMBERS).join('|')})`;
const QUANTITY = new RegExp(
  String.raw`([$€£]\s?)?\b${NUMBER}\b(?:[\s-]+(thousand|million|billion|trillion|bn)\b)?(?:\s*(%|percent\b|per cent\b))?(?:[\s-]+(\p{L}+))?`,
  'giu',
);
const MONTH_YEAR = new RegExp(
  String.raw`\b(${MONTHS.join('|')})[a-z]*\.?\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b`,
  'gi',
);

/** The figures of a sentence, in order. Ordinal-free; "pre-2014" gives the year 2014. */
export function quantitiesOf(text: string): Quantity[] {
  const found: Quantity[] = [];
  const taken: [number, number][] = [];
  for (const score of scoreExtractor.find(text)) {
    taken.push([score.start, score.end]);
    found.push({ kind: 'score', value: score.value, unit: '', text: score.text });
  }
  for (const match of text.matchAll(MONTH_YEAR)) {
    const month = MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    const index = match.index ?? 0;
    taken.push([index, index + match[0].length]);
    found.push({
      kind: 'date',
      value: `${match[2]}-${String(month).padStart(2, '0')}`,
      unit: '',
      text: match[0],
    });
  }
  for (const match of text.matchAll(QUANTITY)) {
    const index = match.index ?? 0;
    if (taken.some(([from, to]) => index >= from && index < to)) continue;
    if (index > 0 && /[\p{L}\d]/u.test(text[index - 1] ?? '')) continue; // inside a word
    const [whole, currency, digits = '', scaleWord, percent, following] = match;
    const lowerDigits = digits.toLowerCase();
    const base = WORD_NUMBERS[lowerDigits] ?? Number(digits.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const scale = scaleWord ? (SCALES[scaleWord.toLowerCase()] ?? 1) : 1;
    const value = base * scale;
    const next = (following ?? '').toLowerCase().replace(/s$/, '');
    const figure = `${currency ?? ''}${digits}${scaleWord ? ` ${scaleWord}` : ''}${percent ? (percent === '%' ? '%' : ` ${percent}`) : ''}`;
    if (currency) found.push({ kind: 'money', value, unit: currency.trim(), text: figure });
    else if (percent) found.push({ kind: 'percent', value, unit: '%', text: figure });
    else if (next in DURATION_DAYS)
      found.push({
        kind: 'duration',
        value: value * (DURATION_DAYS[next] ?? 1),
        unit: 'days',
        text: whole.trim(),
      });
    else if (/^\d{4}$/.test(digits) && base >= 1900 && base <= 2100 && !scaleWord)
      found.push({ kind: 'year', value: base, unit: '', text: digits });
    else if (lowerDigits in WORD_NUMBERS && !scaleWord && base < 10)
      continue; // "one of the", "two leaders"
    else found.push({ kind: 'count', value, unit: next, text: whole.trim() });
  }
  return found;
}

/** Do two figures of the same kind state the same thing? Years and dates must be equal; rounded figures
 * ("about 90", "nearly $1.2 billion") match within 5%. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'date' || a.kind === 'year' || a.kind === 'score') return a.value === b.value;
  const x = Number(a.value);
  const y = Number(b.value);
  // "$1 million" is a rounding of "$1.1 million": a figure with one significant digit allows 15%.
  const tolerance = isRound(x) || isRound(y) ? 0.15 : 0.05;
  return Math.abs(x - y) <= tolerance * Math.max(Math.abs(x), Math.abs(y));
}

function isRound(value: number): boolean {
  if (value === 0) return true;
  const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)));
  return Number.isInteger(value / magnitude);
}

/** Figures that can be compared: a year matches the year of a date ("2022" and "February 2022"). */
export function comparableKinds(a: Quantity, b: Quantity): boolean {
  if (a.kind === b.kind) return a.kind !== 'count' || (a.unit !== '' && a.unit === b.unit);
  return false;
}
