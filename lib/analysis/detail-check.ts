import type { SentenceDetail } from '../corpus/corpus.ts';
import { dayConflict } from './detail-day.ts';
import { placeOfFigure } from './detail-place.ts';
import { placeOfSameKind } from './detail-place-kind.ts';
import { comparableDetails, detailsAgree } from './detail-values.ts';
import { subjectMatch, subjectScore } from './detail-subject.ts';
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
  options: PairOptions = {},
): DetailDifference | null {
  // A less sure pair where the page speculates ("his plan would cut benefits by 22 percent") may state two
  // different things.
  if (options.strict && page.hedges > 0) return null;
  for (const mine of page.details) {
    // A value another reference of the story states for the same thing: outlets differ, the page is not wrong.
    if (options.confirmed?.(mine)) continue;
    const comparable = reference.details.filter((theirs) => comparableDetails(mine, theirs));
    if (comparable.length === 0 || comparable.some((theirs) => detailsAgree(mine, theirs))) continue;
    const mineOfRole = page.details.filter((other) => other.role === mine.role).length;
    for (const theirs of comparable) {
      // A reference value the page also states (for another of its figures) is accounted for.
      if (
        page.details.some(
          (other) => other !== mine && comparableDetails(other, theirs) && detailsAgree(other, theirs),
        )
      )
        continue;
      const subject = subjectMatch(mine, theirs, isName, relatedIn(page));
      if (subject.different) continue;
      // In a less sure pair, a figure someone says is often a supposition ("if I was giving a speech to 45,000").
      if (options.strict && (quoted(page.text, mine.text) || quoted(reference.text, theirs.text))) continue;
      // Several figures of one role: only one about the same thing (same head, or words around in common).
      const alone = !options.strict && mineOfRole === 1 && comparable.length === 1;
      if (!alone && !subject.sharedHead && subject.sharedContent + subject.sharedNames === 0) continue;
      // Days, dates, times and places differ between outlets for many reasons (the day of writing, a town or
      // its region): only a surely matched pair with a content word in common around them.
      // Less surely matched, they must share two content words around them ("a heated meeting at the Guildhall on
      // Tuesday night").
      const minimum = options.strict ? 2 : alone ? 0 : 1;
      if (LOOSE_ROLES.has(mine.role) && subject.sharedContent < minimum) continue;
      if (mine.role === 'place') {
        // "Station Road" / "Dunmore Road" differ; "New York" / "New York City" do not.
        if (mentionsAll(reference.text, String(mine.value)) || mentionsAll(page.text, String(theirs.value)))
          continue;
      }
      if (mine.role === 'actor') {
        if (mentions(reference.text, String(mine.value)) || mentions(page.text, String(theirs.value)))
          continue;
      }
      return { page: mine, reference: theirs };
    }
  }
  return null;
}

const LOOSE_ROLES = new Set(['weekday', 'date', 'year', 'time', 'place']);

export interface PairOptions {
  /** The sentences match less surely: the differing details must share their head or words around them. */
  strict?: boolean;
  /** The page's detail is stated with this value elsewhere in the story. */
  confirmed?: (detail: SentenceDetail) => boolean;
}

/** Does some reference of the story state the detail with an agreeing value, about the same or an unnamed
 * thing? */
export function confirmedInStory(
  mine: SentenceDetail,
  table: StoryDetails,
  isName: (term: number) => boolean,
): boolean {
  return (table.get(tableKey(mine.role)) ?? []).some((entry) => {
    if (!comparableDetails(mine, entry.detail) || !detailsAgree(mine, entry.detail)) return false;
    if (mine.role === 'place') return true;
    const subject = subjectMatch(mine, entry.detail, isName);
    if (subject.different) return false;
    // A day or a figure with no head noun is the same one when some word around it is shared; a figure with a
    // head is confirmed by the same value stated as such, not by a hedged one about nothing named ("more than 400
    // were damaged" does not confirm "1,430 homes").
    const stated = mine.head.length > 0 && entry.detail.approx === undefined && mine.approx === undefined;
    return subject.sharedHead || stated || subject.sharedContent + subject.sharedNames >= 1;
  });
}

/** What the story's details table says about a page sentence's details: one that another value contradicts, and
 * the first one no reference states at all. */
export interface TableCheck {
  conflict?: { page: SentenceDetail; entry: StoryDetail };
  unconfirmed?: SentenceDetail;
  /** Every detail no reference states, in reading order (the first is `unconfirmed`). */
  unconfirmedAll: SentenceDetail[];
}

/** Roles checked against the whole story, not only the matched sentence: figures that belong to one thing (a
 * crowd, a score, a person's age). Days and dates are not: a story tells of events on several days. */
const STORY_WIDE = new Set([
  'count',
  'money',
  'percentage',
  'duration',
  'minute',
  'age',
  'rank',
  'time',
  'score',
]);

/**
 * Checks a page sentence's details against the story's details table. A detail conflicts when statements of
 * the same subject exist and none agrees with it. The same subject, without the sentences matching: the same
 * head noun with a word of context in common, or the only value the story gives for that head with a name in
 * common between the two sentences ("The crowd of 5,412 saw Harbourside…" / "…beat Millbrook Rovers 2-1 in
 * front of a crowd of 3,412"); or, with no head noun, several content words of context in common ("Whitlock
 * scored the winner").
 */
export function checkAgainstTable(
  view: SentenceView,
  table: StoryDetails,
  sentenceOf: (entry: StoryDetail) => SentenceView,
  isName: (term: number) => boolean,
  /** How likely the page sentence restates a reference sentence (the matcher; 0 when not scored). */
  restates: (sentence: number) => number = () => 0,
): TableCheck {
  const result: TableCheck = { unconfirmedAll: [] };
  for (const mine of view.details) {
    if (!isTableRole(mine.role)) continue;
    const entries = (table.get(tableKey(mine.role)) ?? []).filter((entry) =>
      comparableDetails(mine, entry.detail),
    );
    if (mine.role !== 'place' && !entries.some((entry) => detailsAgree(mine, entry.detail))) {
      result.unconfirmed ??= mine;
      result.unconfirmedAll.push(mine);
    }
    if (result.conflict) continue;
    const day = dayConflict(mine, view, table, isName, restates);
    if (day) {
      result.conflict = { page: mine, entry: day };
      continue;
    }
    // Speculation ("his plan would cut Medicare by $800 billion") is checked against the sentences it is matched
    // with, not against every figure of the story; nor does a speculating sentence of the story contradict.
    if (!STORY_WIDE.has(mine.role) || view.hedges > 0) continue;
    const about = entries
      .filter((entry) => sentenceOf(entry).hedges === 0)
      .map((entry) => ({ entry, match: subjectMatch(mine, entry.detail, isName) }))
      .filter(({ match }) => !match.different);
    const sameHead = about.filter(({ match }) => match.sharedHead);
    const headValues = sameHead.filter(
      ({ entry }, _, all) => !all.some((other) => !detailsAgree(other.entry.detail, entry.detail)),
    );
    const same = about.filter(({ entry, match }) => {
      if (match.sharedHead) {
        // An age belongs to the person named beside it.
        if (mine.role === 'age' || match.sharedContent + match.sharedNames >= 1) return true;
        // "The crowd of 5,412" / "a crowd of 3,412": the figure measures the head, and the story gives one value.
        const measures = mine.measures === true || entry.detail.measures === true;
        return (
          measures && headValues.length === sameHead.length && sharesName(view, sentenceOf(entry), isName)
        );
      }
      // A story has one result: a score with a word around it in common ("voted 8-3" / "voting 7-4").
      if (mine.role === 'score') return match.sharedContent >= 1 && allAgree(entries);
      // A rank belongs to whoever holds it, named around it ("takes Kestrel Bay up to third in the Northvale
      // Premier Division" / "Kestrel Bay Athletic moved up to second place in the Northvale Premier Division"):
      // the closest statement decides below.
      if (mine.role === 'rank') return match.sharedNames >= 2 && match.sharedContent + match.sharedNames >= 3;
      return (
        mine.head.length === 0 && match.sharedContent >= 2 && match.sharedContent + match.sharedNames >= 3
      );
    });
    if (same.length === 0) continue;
    // The closest statements of the subject decide: a story may give several figures of one kind.
    const best = Math.max(...same.map(({ match }) => subjectScore(match)));
    const closest = same.filter(({ match }) => subjectScore(match) >= best - 1);
    if (closest.some(({ entry }) => detailsAgree(mine, entry.detail))) continue;
    const against = closest.filter(({ entry }) => !explained(mine, view, entry, sentenceOf(entry)));
    if (against.length === 0) continue;
    result.conflict = {
      page: mine,
      entry: against.sort((a, b) => subjectScore(b.match) - subjectScore(a.match))[0]!.entry,
    };
  }
  if (!result.conflict) {
    const place =
      placeOfFigure(view, table, sentenceOf, isName) ?? placeOfSameKind(view, table, sentenceOf, isName);
    if (place) result.conflict = place;
  }
  return result;
}

/**
 * A statement of another value that does not contradict the page's figure, though about the same thing: one of the
 * two sentences also states the other's value ("Malia and Sasha, aged 16 and 13" / "Sasha, 13"), or either figure
 * is said inside a quotation (what someone says, often a supposition: "if I was giving a speech to 45,000 people").
 */
function explained(
  mine: SentenceDetail,
  view: SentenceView,
  entry: StoryDetail,
  sentence: SentenceView,
): boolean {
  const same = (a: SentenceDetail, b: SentenceDetail) =>
    a.role !== 'place' && a.role !== 'actor' && a.value === b.value;
  if (sentence.details.some((other) => same(other, mine))) return true;
  if (view.details.some((other) => same(other, entry.detail))) return true;
  return quoted(view.text, mine.text) || quoted(sentence.text, entry.detail.text);
}

/** The words are said inside a quotation of the sentence (one the sentence closes, or one it opens and a later
 * sentence closes): an odd number of quotation marks stands before them. */
export function quoted(text: string, words: string): boolean {
  const at = text.indexOf(words);
  return at >= 0 && (text.slice(0, at).match(/[“”"]/g) ?? []).length % 2 === 1;
}

/** Term relatedness as the page sentence's view carries it (lib/text/related-terms.ts). */
function relatedIn(view: SentenceView): (x: number, y: number) => boolean {
  return (x, y) => (view.related?.().get(x) ?? []).some(([id]) => id === y);
}

function allAgree(entries: StoryDetail[]): boolean {
  return entries.every((entry) => detailsAgree(entry.detail, entries[0]!.detail));
}

function sharesName(a: SentenceView, b: SentenceView, isName: (term: number) => boolean): boolean {
  for (const term of a.termSet) if (isName(term) && b.termSet.has(term)) return true;
  return false;
}

/** Every word of the value (longer than two letters) is in the text. */
function mentionsAll(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  return value.split(' ').every((word) => word.length <= 2 || lower.includes(word));
}

function mentions(text: string, value: string): boolean {
  const lower = text.toLowerCase();
  return value.split(' ').some((word) => word.length > 2 && lower.includes(word));
}
