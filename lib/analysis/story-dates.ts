/**
 * Publication dates as a story signal: coverage of one event clusters within days (BASIL's same-event
 * triplets are at most 4 days apart), so an article published weeks away from the page reports another
 * event, however alike the words. Either date missing (most seeds name none): no verdict.
 */
export const STORY_WINDOW_DAYS = 10;

const DAY_MS = 86_400_000;

/** Days between two dates (ISO dates or timestamps), or null when either is missing or unreadable. */
export function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  const left = dayOf(a);
  const right = dayOf(b);
  return left === null || right === null ? null : Math.abs(left - right);
}

/** Whether the two dates rule out the same story. */
export function outsideStoryWindow(a: string | null | undefined, b: string | null | undefined): boolean {
  const days = daysApart(a, b);
  return days !== null && days > STORY_WINDOW_DAYS;
}

/** The calendar day of a date as a day number, or null when missing or unreadable. */
export function dayOf(value: string | null | undefined): number | null {
  if (!value) return null;
  // The calendar day as written ("2025-08-19T23:30:00-04:00" is the 19th where it was published).
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  const time = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : Date.parse(value);
  return Number.isFinite(time) ? Math.floor(time / DAY_MS) : null;
}
