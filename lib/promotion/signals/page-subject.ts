import { CAPITALISED } from '../profile.ts';
import type { SentenceContext, Signal } from '../types.ts';

/** The capitalised words of the sentence's own words, the first word left out (it is capitalised anyway). */
function namesOf(ownWords: string): string[] {
  const text = ownWords.trim();
  return (text.match(CAPITALISED) ?? []).filter((name, index) => index > 0 || !text.startsWith(name));
}

/** Share of the sentence's names that are the page's own subject (words of its title). */
export function pageSubjectShare({ ownWords, profile }: SentenceContext): number {
  const names = namesOf(ownWords);
  if (names.length === 0) return 0;
  const subject = names.filter((name) => profile.titleTerms.has(name.toLowerCase())).length;
  return subject / names.length;
}

/**
 * The sentence names the page's own subject (a name whose words are in the title) and no other: praise of the
 * product a page is about is a review, a launch story or an answer, not an advert slipped in. A negative cue.
 */
export const pageSubject: Signal = {
  id: 'page-subject',
  reason: 'is about the subject of the page itself',
  measure: pageSubjectShare,
};
