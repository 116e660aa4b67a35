import { pairDifference, type PairOptions } from './detail-check.ts';
import { differenceWording } from './detail-wording.ts';
import type { SentenceView } from './sentence-view.ts';

/**
 * What differs between two sentences that state the same claim: a detail of the same role with another value
 * (lib/analysis/detail-check.ts), or the same quotation given to another speaker. Null when nothing contradicts (a page that is merely less
 * specific — no figure where the reference has one — is not in conflict).
 */
export function conflictDetail(
  page: SentenceView,
  reference: SentenceView,
  label: string,
  nameOf: (sentence: SentenceView, term: number) => string,
  isName: (term: number) => boolean,
  options: PairOptions = {},
): string | null {
  const difference = pairDifference(page, reference, isName, options);
  if (difference) return differenceWording(difference.page, difference.reference, label);
  const speakers = speakerConflict(page, reference, isName);
  if (speakers) {
    const named = (sentence: SentenceView, terms: number[]) =>
      terms.map((term) => nameOf(sentence, term)).join(' ');
    return `quote attributed to ${named(page, speakers.page)} here; to ${named(reference, speakers.reference)} in ${label}`;
  }
  return null;
}

/** The same quotation (most of its words shared), attributed to disjoint named speakers. */
export function speakerConflict(
  page: SentenceView,
  reference: SentenceView,
  isName: (term: number) => boolean,
  /** The quotations are already known to share words (any share). */
  sharing = false,
): { page: number[]; reference: number[] } | null {
  if (!sharing) {
    if (page.quoted.length < 3 || reference.quoted.length < 3) return null;
    const quoted = new Set(reference.quoted);
    const shared = page.quoted.filter((term) => quoted.has(term)).length;
    if (shared / Math.min(page.quoted.length, reference.quoted.length) < 0.6) return null;
  }
  const left = [...new Set(page.speakers.filter(isName))];
  const right = [...new Set(reference.speakers.filter(isName))];
  if (left.length === 0 || right.length === 0) return null;
  // A speaker the other sentence names anywhere (as an affiliation, or in passing) is not a different speaker.
  if (left.some((term) => reference.termSet.has(term)) || right.some((term) => page.termSet.has(term)))
    return null;
  return { page: left, reference: right };
}
