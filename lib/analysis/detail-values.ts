import type { SentenceDetail } from '../corpus/corpus.ts';

/** Roles whose value is a figure that may be rounded or hedged ("about 90", "more than 40"). */
const FIGURES = new Set(['count', 'money', 'percentage', 'duration']);
/** An "about" figure covers at most this share either side; "nearly" and "more than" cover one side. */
const ABOUT = 0.15;
/** …and at least this share, or its rounding step: "about 90" covers 80 to 100, but "some 1,340", written to
 * the ten, is not 1,430. */
const ABOUT_EXACT = 0.03;

/** Can the two details be compared at all: the same role (a year and a dated year count as one), the same
 * currency or percentage unit. */
export function comparableDetails(a: SentenceDetail, b: SentenceDetail): boolean {
  const roles = new Set([a.role, b.role]);
  if (roles.size === 2) return roles.has('year') && roles.has('date') && yearOf(a) !== '' && yearOf(b) !== '';
  // "pay 77 percent of promised benefits" / "a 23 percent cut in benefits": two sides of one whole.
  if (a.role === 'percentage' && a.unit === '%' && Math.abs(+a.value + +b.value - 100) < 1e-9) return false;
  if (a.role === 'money' || a.role === 'percentage') return a.unit === b.unit;
  // "half an hour" and "six weeks" are not one length of time told two ways.
  if (a.role === 'duration') return Math.max(+a.value, +b.value) <= 100 * Math.min(+a.value, +b.value);
  return true;
}

/** Do two comparable details state the same thing, at least as precisely as the vaguer of the two? A hedged or
 * rounded figure agrees with every exact one it covers: less specific is not wrong. */
export function detailsAgree(a: SentenceDetail, b: SentenceDetail): boolean {
  if (a.role === 'date' || b.role === 'date' || a.role === 'year') return datesAgree(a, b);
  if (a.role === 'actor') return wordsOverlap(String(a.value), String(b.value));
  // "Quay Park" and "the Quay Park ground" are one place; "Station Road" and "Dunmore Road" are two.
  if (a.role === 'place')
    return String(a.value).includes(String(b.value)) || String(b.value).includes(String(a.value));
  if (a.role === 'time')
    return a.value === b.value || roundsTo(a, Number(b.value)) || roundsTo(b, Number(a.value));
  if (!FIGURES.has(a.role)) return a.value === b.value;
  const x = Number(a.value);
  const y = Number(b.value);
  if (Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y))) return true;
  // Two figures hedged the same way ("up to $60bn", "up to $90bn") state two different caps.
  if (a.approx !== undefined && a.approx === b.approx) return roundsTo(a, y) || roundsTo(b, x);
  return covers(a, y) || covers(b, x);
}

/** Does a (hedged or rounded) figure cover the exact value `other`? */
function covers(detail: SentenceDetail, other: number): boolean {
  if (roundsTo(detail, other)) return true;
  const value = Number(detail.value);
  switch (detail.approx) {
    case 'about': {
      const within = Math.max(detail.step ?? 0, ABOUT_EXACT * value);
      return Math.abs(other - value) <= Math.min(ABOUT * Math.max(value, other), within);
    }
    case 'atLeast':
      return other >= value;
    case 'atMost':
      return other <= value;
    default:
      return false;
  }
}

/** Is the figure a rounding of `other` ("3,400" of 3,412)? */
function roundsTo(detail: SentenceDetail, other: number): boolean {
  const value = Number(detail.value);
  // A whole number is a rounding of a figure with decimals ("2 percent" of 2.1 percent).
  const step = detail.step ?? (Number.isInteger(value) && !Number.isInteger(other) ? 1 : undefined);
  if (step === undefined) return false;
  if (detail.role === 'time') return other >= value && other < value + step;
  return Math.abs(Math.round(other / step) * step - value) < 1e-9 * Math.max(1, value);
}

function yearOf(detail: SentenceDetail): string {
  return detail.role === 'year' ? String(detail.value) : (String(detail.value).split('-')[0] ?? '');
}

/** Dates agree on every part both state ("March 2025" and "14 March 2025" do; "13 March" and "14 March" not). */
function datesAgree(a: SentenceDetail, b: SentenceDetail): boolean {
  const parts = (detail: SentenceDetail) =>
    detail.role === 'year' ? [String(detail.value), '', ''] : String(detail.value).split('-');
  const left = parts(a);
  const right = parts(b);
  return left.every((part, index) => part === '' || (right[index] ?? '') === '' || part === right[index]);
}

function wordsOverlap(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((word) => words.has(word));
}
