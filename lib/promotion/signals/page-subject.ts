import { capitalisedWords } from '../text/capitalised.ts';
import type { SentenceContext, Signal } from '../types.ts';

/** The capitalised words of the sentence's own words, the first word left out (it is capitalised anyway). */
function namesOf(ownWords: string): string[] {
  const text = ownWords.trim();
  return capitalisedWords(text).filter((name, index) => index > 0 || !text.startsWith(name));
}

/**
 * Share of the sentence's names that are the page's own subject (words of its title). Two signals ask for it
 * (this one and benefit-claim): found once per sentence.
 */
export function pageSubjectShare(context: SentenceContext): number {
  let share = context.shared.pageSubjectShare;
  if (share === undefined) {
    const names = namesOf(context.ownWords);
    const subject = names.filter((name) => context.profile.titleTerms.has(name.toLowerCase())).length;
    share = names.length === 0 ? 0 : subject / names.length;
    context.shared.pageSubjectShare = share;
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
