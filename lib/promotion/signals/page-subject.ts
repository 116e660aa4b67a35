import { CAPITALISED } from '../profile.ts';
import type { SentenceContext, Signal } from '../types.ts';

/** The capitalised words of the sentence's own words, the first word left out (it is capitalised anyway). */
function namesOf(ownWords: string): string[] {
  const text = ownWords.trim();
  return (text.match(CAPITALISED) ?? []).filter((name, index) => index > 0 || !text.startsWith(name));
}

// Two signals ask for it (this one and benefit-claim): found once per sentence.
const shareOf = new WeakMap<SentenceContext, number>();

/** Share of the sentence's names that are the page's own subject (words of its title). */
export function pageSubjectShare(context: SentenceContext): number {
  let share = shareOf.get(context);
  if (share === undefined) {
    const names = namesOf(context.ownWords);
    const subject = names.filter((name) => context.profile.titleTerms.has(name.toLowerCase())).length;
    share = names.length === 0 ? 0 : subject / names.length;
    shareOf.set(context, share);
  }
  return share;
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
