import type { SentenceDetail } from '../corpus/corpus.ts';
import { detailsAgree } from './detail-values.ts';
import type { SentenceView } from './sentence-view.ts';
import type { StoryDetail, StoryDetails } from './story-details.ts';

/**
 * An age the page gives to a person its sentence does not name ("The 61-year-old, a retired bank manager, will
 * serve…"), against the ages the story gives that person. Who it is: the names of a reference sentence that surely
 * restates the page's ("Marlow, a retired bank manager, will serve…") and the page sentence lacks; else, when the
 * age is in a definite noun phrase ("the 61-year-old", pointing back to someone already named), the names of the
 * page sentence before. An age belongs to its person: another value for that person, and none the same, conflicts.
 */
export function unnamedAgeConflict(
  view: SentenceView,
  restatedBy: SentenceView[],
  before: SentenceView | undefined,
  table: StoryDetails,
  isName: (term: number) => boolean,
): { page: SentenceDetail; entry: StoryDetail } | undefined {
  const entries = (table.get('age') ?? []).filter(({ detail }) => detail.head.some(isName));
  if (entries.length === 0) return undefined;
  for (const mine of view.details) {
    if (mine.role !== 'age' || mine.head.some(isName) || view.hedges > 0) continue;
    const named = new Set<number>();
    for (const reference of restatedBy)
      for (const term of reference.termSet) if (isName(term) && !view.termSet.has(term)) named.add(term);
    if (named.size === 0 && before && definite(view.text, mine))
      for (const term of before.termSet) if (isName(term)) named.add(term);
    const theirs = entries.filter(({ detail }) => detail.head.some((term) => named.has(term)));
    if (theirs.length === 0 || theirs.some(({ detail }) => detailsAgree(mine, detail))) continue;
    return { page: mine, entry: theirs[0]! };
  }
  return undefined;
}

/** "The 61-year-old", "the 61-year-old former banker": an age in a noun phrase that points back. */
function definite(text: string, detail: SentenceDetail): boolean {
  const at = text.indexOf(detail.text);
  return at >= 0 && /\bthe\s+$/i.test(text.slice(Math.max(0, at - 8), at));
}
