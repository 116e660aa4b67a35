import type { SentenceDetail } from '../corpus/corpus.ts';

/** A detail as a reader reads it: as written, a minute in one form ("85 minutes into the match" → "85th
 * minute") so that two wordings of a moment compare at a glance. */
export function showDetail(detail: SentenceDetail): string {
  if (detail.role === 'minute') return `${ordinal(Number(detail.value))} minute`;
  // "6:40 a.m." keeps its abbreviation's full stop.
  if (/\b[ap]\.m\.$/i.test(detail.text)) return detail.text;
  return detail.text.replace(/[.,;:]+$/, '');
}

/** "3-1 here; 2-1 in Harbour Herald". */
export function differenceWording(page: SentenceDetail, reference: SentenceDetail, label: string): string {
  return `${showDetail(page)} here; ${showDetail(reference)} in ${label}`;
}

const NOUNS: Record<string, string> = {
  score: 'score',
  minute: 'minute',
  time: 'time',
  count: 'figure',
  money: 'amount',
  percentage: 'percentage',
  age: 'age',
  duration: 'duration',
  rank: 'position',
  date: 'date',
  weekday: 'day',
  year: 'year',
};

/** "the crowd figure 5,412 is in no reference". */
export function unconfirmedWording(detail: SentenceDetail): string {
  const noun = NOUNS[detail.role] ?? 'detail';
  const about =
    detail.headWord && (detail.role === 'count' || detail.role === 'money') ? `${detail.headWord} ` : '';
  return `the ${about}${noun} ${showDetail(detail)} is in no reference`;
}

function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${value % 10 > 3 ? 'th' : suffix}`;
}
