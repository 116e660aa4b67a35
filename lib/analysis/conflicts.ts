import { comparableKinds, sameQuantity, type Quantity } from '../text/numbers.ts';
import type { SentenceView } from './sentence-view.ts';

/**
 * What differs between two sentences that state the same claim: a figure of the same kind with another value,
 * or the same quotation given to another speaker. Null when nothing contradicts (a page that is merely less
 * specific — no figure where the reference has one — is not in conflict).
 */
export function conflictDetail(
  page: SentenceView,
  reference: SentenceView,
  label: string,
  nameOf: (sentence: SentenceView, term: number) => string,
  isName: (term: number) => boolean,
): string | null {
  const figures = figureConflict(page.quantities, reference.quantities);
  if (figures) return `${figures.page} here; ${figures.reference} in ${label}`;
  const speakers = speakerConflict(page, reference, isName);
  if (speakers) {
    const named = (sentence: SentenceView, terms: number[]) =>
      terms.map((term) => nameOf(sentence, term)).join(' ');
    return `quote attributed to ${named(page, speakers.page)} here; to ${named(reference, speakers.reference)} in ${label}`;
  }
  return null;
}

/**
 * A figure of the page whose kind the reference also states, with no value in common between the two
 * sentences for that kind. When they agree on one amount, other amounts are extra detail, not a conflict.
 */
function figureConflict(page: Quantity[], reference: Quantity[]): { page: string; reference: string } | null {
  for (const x of page) {
    const comparable = reference.filter((y) => comparableKinds(x, y));
    if (comparable.length === 0) continue;
    const pageSameKind = page.filter((other) => comparableKinds(x, other));
    if (pageSameKind.some((mine) => comparable.some((theirs) => sameQuantity(mine, theirs)))) continue;
    return { page: x.text, reference: comparable.map((y) => y.text).join(', ') };
  }
  return null;
}

/** The same quotation (most of its words shared), attributed to disjoint named speakers. */
function speakerConflict(
  page: SentenceView,
  reference: SentenceView,
  isName: (term: number) => boolean,
): { page: number[]; reference: number[] } | null {
  if (page.quoted.length < 3 || reference.quoted.length < 3) return null;
  const quoted = new Set(reference.quoted);
  const shared = page.quoted.filter((term) => quoted.has(term)).length;
  if (shared / Math.min(page.quoted.length, reference.quoted.length) < 0.6) return null;
  const left = [...new Set(page.speakers.filter(isName))];
  const right = [...new Set(reference.speakers.filter(isName))];
  if (left.length === 0 || right.length === 0) return null;
  // A speaker the other sentence names anywhere (as an affiliation, or in passing) is not a different speaker.
  if (left.some((term) => reference.termSet.has(term)) || right.some((term) => page.termSet.has(term)))
    return null;
  return { page: left, reference: right };
}
