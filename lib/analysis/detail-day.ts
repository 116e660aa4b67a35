import type { SentenceDetail } from '../corpus/corpus.ts';
import { detailsAgree } from './detail-values.ts';
import type { SentenceView } from './sentence-view.ts';
import type { StoryDetail, StoryDetails } from './story-details.ts';

/** Words around the two days in common (names included; one content word at least): real news tells of many days
 * with the same few words around them ("met on Thursday" / "met on Sunday"). */
const SHARED_AROUND = 3;
/** …and one of those sentences must come close to restating the page's (the matcher's probability). */
const RESTATES = 0.2;

/**
 * A day of the week the story gives another value for, wherever it says so: the page's day is named nowhere in the
 * story, and every statement of a day that shares three words around it with the page's, one a content word (the same
 * or a related word: "travel to Dunmore City on Wednesday" / "Dunmore City, whom they visit on Tuesday night"),
 * names one other day. A story tells of several days, so a day stated by
 * some reference, whatever its context, is never a conflict: outlets differ in what they date.
 */
export function dayConflict(
  mine: SentenceDetail,
  page: SentenceView,
  table: StoryDetails,
  isName: (term: number) => boolean,
  /** How likely the page sentence restates a reference sentence (the matcher; 0 when not scored). */
  restates: (sentence: number) => number,
): StoryDetail | undefined {
  if (mine.role !== 'weekday') return undefined;
  const days = table.get('weekday') ?? [];
  if (days.some((entry) => detailsAgree(mine, entry.detail))) return undefined;
  const related = page.related?.() ?? new Map<number, [number, number][]>();
  const near = (term: number) =>
    mine.context.some((own) => own === term || (related.get(own) ?? []).some(([id]) => id === term));
  const about = days
    .map((entry) => {
      const context = entry.detail.context.filter(near);
      const content = context.filter((term) => !isName(term)).length;
      return { entry, content, shared: context.length };
    })
    .filter(({ content, shared }) => content >= 1 && shared >= SHARED_AROUND);
  // The sentence that gives the other day must be about the same thing as the page's, not only near it in words.
  if (!about.some(({ entry }) => restates(entry.sentence) >= RESTATES)) return undefined;
  if (about.length === 0) return undefined;
  const first = about[0]!.entry.detail;
  if (!about.every(({ entry }) => detailsAgree(entry.detail, first))) return undefined;
  return about.sort((a, b) => b.shared - a.shared)[0]!.entry;
}
