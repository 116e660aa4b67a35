import type { SentenceDetail } from '../corpus/corpus.ts';
import { comparableDetails, detailsAgree } from './detail-values.ts';
import { subjectMatch } from './detail-subject.ts';
import type { SentenceView } from './sentence-view.ts';
import { isTableRole, tableKey, type StoryDetail, type StoryDetails } from './story-details.ts';

export interface DetailDifference {
  page: SentenceDetail;
  reference: SentenceDetail;
}

/**
 * A detail of the page sentence that the reference sentence (already judged to state the same claim) gives
 * another value: the same role, not about another thing, and no value of that role in the reference agrees.
 * A place or an actor differs only when neither sentence names the other's.
 */
export function pairDifference(
  page: SentenceView,
  reference: SentenceView,
  isName: (term: number) => boolean,
): DetailDifference | null {
  for (const mine of page.details) {
    if (mine.role === 'weekday') continue; // "on Saturday" in one, a date in the other: not comparable here
    const comparable = reference.details.filter((theirs) => comparableDetails(mine, theirs));
    if (comparable.length === 0 || comparable.some((theirs) => detailsAgree(mine, theirs))) continue;
    for (const theirs of comparable) {
      if (subjectMatch(mine, theirs, isName).different) continue;
      if (mine.role === 'place' || mine.role === 'actor') {
        if (mentions(reference.text, String(mine.value)) || mentions(page.text, String(theirs.value)))
          continue;
      }
      return { page: mine, reference: theirs };
    }
  }
  return null;
}

/** What the story's details table says about a page sentence's details: one that another value contradicts, and
 * the first one no reference states at all. */
export interface TableCheck {
  conflict?: { page: SentenceDetail; entry: StoryDetail };
  unconfirmed?: SentenceDetail;
}

export function checkAgainstTable(
  view: SentenceView,
  table: StoryDetails,
  isName: (term: number) => boolean,
): TableCheck {
  const result: TableCheck = {};
  for (const mine of view.details) {
    if (!isTableRole(mine.role)) continue;
    const entries = [...(table.get(tableKey(mine.role)) ?? [])].filter((entry) =>
      comparableDetails(mine, entry.detail),
    );
    const agreeing = entries.filter((entry) => detailsAgree(mine, entry.detail));
    if (agreeing.length === 0 && !result.unconfirmed) result.unconfirmed = mine;
    if (result.conflict) continue;
    const about = entries
      .map((entry) => ({ entry, match: subjectMatch(mine, entry.detail, isName) }))
      .filter(({ match }) => match.same);
    if (about.length === 0) continue;
    // The closest statements of the same subject decide: a story may give several figures of one kind.
    const best = Math.max(...about.map(({ match }) => match.score));
    const closest = about.filter(({ match }) => match.score >= best - 1);
    if (closest.some(({ entry }) => detailsAgree(mine, entry.detail))) continue;
    result.conflict = { page: mine, entry: closest.sort((a, b) => b.match.score - a.match.score)[0]!.entry };
  }
  return result;
}

function mentions(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  return value.split(' ').some((word) => word.length > 2 && lower.includes(word));
}
