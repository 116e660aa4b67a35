import type { SentenceDetail } from '../corpus/corpus.ts';
import { quoted } from './detail-check.ts';
import { subjectMatch } from './detail-subject.ts';
import { comparableDetails, detailsAgree } from './detail-values.ts';
import type { SentenceView } from './sentence-view.ts';
import { tableKey, type StoryDetails } from './story-details.ts';

/** Roles whose value a sentence that states the claim cannot leave open: a figure of the claim's event. Ages
 * belong to a person, days and places to one of a story's many events: they are checked elsewhere. */
const FIGURES = new Set(['count', 'money', 'percentage', 'duration', 'time', 'minute', 'score', 'rank']);

/**
 * A detail of the claim that no reference states (so no reference confirms it), against a reference sentence: the
 * reference's detail of the same role with another value, when the page states that value nowhere and the
 * reference states the page's value nowhere. With `sameHead`, figures counting named different things ("homes",
 * "votes") are not compared; evidence that states the claim compares them whatever they count ("1,420 men and
 * women" / "1,240 volunteers").
 */
export function otherValueIn(
  mine: SentenceDetail,
  page: SentenceView,
  reference: SentenceView,
  isName: (term: number) => boolean,
  sameHead: boolean,
): SentenceDetail | null {
  if (!FIGURES.has(mine.role)) return null;
  const comparable = reference.details.filter((theirs) => comparableDetails(mine, theirs));
  if (comparable.some((theirs) => detailsAgree(mine, theirs))) return null;
  for (const theirs of comparable) {
    if (page.details.some((other) => comparableDetails(other, theirs) && detailsAgree(other, theirs)))
      continue;
    if (sameHead) {
      // A sentence that does not state the claim: the figures must be about the same thing.
      const subject = subjectMatch(mine, theirs, isName);
      if (subject.different || (!subject.sharedHead && subject.sharedContent + subject.sharedNames === 0))
        continue;
    }
    return theirs;
  }
  return null;
}

/** The story gives the claim's unconfirmed detail another value for the same thing (the only value it gives the
 * same head, or a statement with the same head and a word around it in common, or two words around it, names
 * included): too close to call the claim corroborated, not sure enough to call it conflicting. */
export function contestedInStory(
  mine: SentenceDetail,
  table: StoryDetails,
  isName: (term: number) => boolean,
): boolean {
  if (mine.role === 'place' || mine.role === 'actor') return false;
  const entries = (table.get(tableKey(mine.role)) ?? []).filter(({ detail }) =>
    comparableDetails(mine, detail),
  );
  const sameHead = entries.filter(({ detail }) => subjectMatch(mine, detail, isName).sharedHead);
  // The story gives the head one value ("48 damp homes" / "the 52 homes"): the page's is another.
  if (
    sameHead.length > 0 &&
    sameHead.every(({ detail }) => detailsAgree(detail, sameHead[0]!.detail) && !detailsAgree(mine, detail))
  )
    return true;
  return entries.some(({ detail }) => {
    if (detailsAgree(mine, detail)) return false;
    const subject = subjectMatch(mine, detail, isName);
    if (subject.different) return false;
    // The same head ("the crowd", a person's age) with a word around it in common, or two words around it.
    const around = subject.sharedContent + subject.sharedNames;
    return around >= 2 || (subject.sharedHead && around >= 1);
  });
}
