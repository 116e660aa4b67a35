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
  nameOf: (term: number) => string,
  isName: (term: number) => boolean,
): string | null {
  const figures = figureConflict(page.quantities, reference.quantities);
  if (figures) return `${figures.page} here; ${figures.reference} in ${label}`;
  const speakers = speakerConflict(page, reference, isName);
  if (speakers) {
    return `quote attributed to ${speakers.page.map(nameOf).join(' ')} here; to ${speakers.reference.map(nameOf).join(' ')} in ${label}`;
  }
  return null;
}

function figureConflict(page: Quantity[], reference: Quantity[]): { page: string; reference: string } | null {
  for (const x of page) {
    const comparable = reference.filter((y) => comparableKinds(x, y));
    if (comparable.length === 0 || comparable.some((y) => sameQuantity(x, y))) continue;
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
  if (left.some((term) => right.includes(term))) return null;
  return { page: left, reference: right };
}
