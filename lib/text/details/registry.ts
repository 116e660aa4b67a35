import { isStopword, termOf } from '../terms.ts';
import { tokenize, type Token } from '../tokens.ts';
import { APPROXIMATE, GENERIC_HEADS } from './lexicon.ts';
import { actorExtractor } from './roles/actor.ts';
import { ageExtractor } from './roles/age.ts';
import { countExtractor } from './roles/count.ts';
import { dateExtractor } from './roles/date.ts';
import { durationExtractor } from './roles/duration.ts';
import { minuteExtractor } from './roles/minute.ts';
import { moneyExtractor } from './roles/money.ts';
import { percentageExtractor } from './roles/percentage.ts';
import { placeExtractor } from './roles/place.ts';
import { rankExtractor } from './roles/rank.ts';
import { scoreExtractor } from './roles/score.ts';
import { timeOfDayExtractor } from './roles/time-of-day.ts';
import { weekdayExtractor } from './roles/weekday.ts';
import { yearExtractor } from './roles/year.ts';
import type { Approximation, Detail, DetailExtractor, FoundDetail } from './types.ts';

/** The role extractors, most specific first: a span taken by one is not read again by a later one ("85
 * minutes into the match" is a minute, not a duration; "$40m" money, not a count). */
export const DETAIL_EXTRACTORS: DetailExtractor[] = [
  scoreExtractor,
  timeOfDayExtractor,
  dateExtractor,
  minuteExtractor,
  ageExtractor,
  moneyExtractor,
  percentageExtractor,
  durationExtractor,
  rankExtractor,
  yearExtractor,
  weekdayExtractor,
  countExtractor,
  placeExtractor,
  actorExtractor,
];

/** Words either side of a detail that say what it belongs to. */
const CONTEXT_WINDOW = 6;

/** The checkable details of a sentence, in reading order, each with its subject and hedging. */
export function detailsOf(text: string, tokens: Token[] = tokenize(text)): Detail[] {
  const taken: FoundDetail[] = [];
  for (const extractor of DETAIL_EXTRACTORS) {
    for (const found of extractor.find(text)) {
      if (taken.some((other) => found.start < other.end && found.end > other.start)) continue;
      taken.push(found);
    }
  }
  taken.sort((a, b) => a.start - b.start);
  return taken.map((found) => {
    const first = tokens.findIndex((token) => token.end > found.start);
    const firstIndex = first < 0 ? tokens.length : first;
    let lastIndex = firstIndex;
    while (lastIndex + 1 < tokens.length && tokens[lastIndex + 1]!.start < found.end) lastIndex++;
    const hedged = FIGURES.has(found.role) ? approximationBefore(text, found.start) : undefined;
    const approx = hedged?.kind;
    let headFrom = firstIndex;
    if (hedged) while (headFrom > 0 && tokens[headFrom - 1]!.start >= found.start - hedged.length) headFrom--;
    const detail: Detail = {
      role: found.role,
      value: found.value,
      text: found.text,
      head:
        found.role === 'age'
          ? personOf(tokens, firstIndex, lastIndex)
          : (found.head ?? (found.noHead ? [] : headOf(tokens, headFrom, lastIndex))),
      context: contextOf(tokens, firstIndex, lastIndex, taken),
      start: found.start,
      end: found.end,
    };
    const headWord = detail.head.length ? wordOf(tokens, detail.head[0]!) : undefined;
    const measured = tokens[headFrom - 1]?.lower === 'of' || COPULAS.has(tokens[headFrom - 1]?.lower ?? '');
    if (detail.head.length && measured && found.role !== 'age') detail.measures = true;
    if (headWord) detail.headWord = headWord;
    if (found.unit !== undefined) detail.unit = found.unit;
    if (found.step !== undefined) detail.step = found.step;
    if (approx) detail.approx = approx;
    return detail;
  });
}

const APPROXIMATIONS: [string, Approximation][] = (Object.entries(APPROXIMATE) as [Approximation, string[]][])
  .flatMap(([kind, phrases]) => phrases.map((phrase): [string, Approximation] => [phrase, kind]))
  .sort((a, b) => b[0].length - a[0].length);

/** Roles whose value can be hedged ("nearly 90 minutes", "more than 40 people"). */
const FIGURES = new Set(['count', 'money', 'percentage', 'duration']);

/** "nearly", "more than", "about"… just before the figure (a currency symbol may stand between), and how many
 * characters before the figure the phrase starts. */
function approximationBefore(
  text: string,
  start: number,
): { kind: Approximation; length: number } | undefined {
  const slice = text.slice(Math.max(0, start - 30), start).toLowerCase();
  const before = slice.replace(/[$€£¥₹]\s*$/, '').trimEnd();
  for (const [phrase, kind] of APPROXIMATIONS) {
    if (before.endsWith(phrase) && !/\p{L}/u.test(before.charAt(before.length - phrase.length - 1)))
      return { kind, length: slice.length - before.length + phrase.length };
  }
  return undefined;
}

/** What a figure counts or measures: the noun before "of" ("a crowd of 3,412"), else the words right after it
 * ("48 homes", "a $40m deal"), else "in" and a noun ("$3bn in revenue"). Generic words do not count. */
function headOf(tokens: Token[], first: number, last: number): string[] {
  const word = (token: Token | undefined) =>
    token !== undefined && !isStopword(token.lower) && !/^\d/.test(token.lower);
  const content = (token: Token | undefined) => word(token) && !token!.capitalized;
  const head: string[] = [];
  const add = (token: Token | undefined) => {
    const term = token ? termOf(token) : null;
    if (term && !GENERIC_HEADS.has(token!.lower)) head.push(term);
  };
  const before = first - 1;
  if (tokens[before]?.lower === 'of' && content(tokens[before - 1])) {
    add(tokens[before - 1]);
    // "residents of 1,430 homes": the noun after the figure is what it counts.
    if (content(tokens[last + 1]) && !/ed$/.test(tokens[last + 1]!.lower)) add(tokens[last + 1]);
  } else if (COPULAS.has(tokens[before]?.lower ?? '')) {
    // "The attendance at Saltmarsh Road was 6,812": the nearest noun before the verb.
    for (let at = before - 1; at >= Math.max(0, before - 5); at--) {
      if (content(tokens[at])) {
        add(tokens[at]);
        break;
      }
    }
  }
  // After the figure, a brand or a name may stand first ("a $43,000 Rolex watch").
  if (head.length === 0) for (let at = last + 1; at <= last + 2 && word(tokens[at]); at++) add(tokens[at]);
  if (head.length === 0 && tokens[last + 1]?.lower === 'in' && content(tokens[last + 2]))
    add(tokens[last + 2]);
  return [...new Set(head)];
}

/** Verbs that give a figure as the value of the noun before them ("attendance was 6,812"). */
const COPULAS = new Set(['was', 'were', 'is', 'are', 'stood', 'totalled', 'totaled', 'reached']);

/** Whose age it is: the name just before it ("Lauten, 31,", "Obama, aged 16") or the word after it
 * ("a 34-year-old striker"). */
function personOf(tokens: Token[], first: number, last: number): string[] {
  const names: string[] = [];
  const add = (token: Token | undefined) => {
    const term = token ? termOf(token) : null;
    if (term) names.push(term);
  };
  for (let at = first - 1; at >= Math.max(0, first - 3); at--) if (tokens[at]!.capitalized) add(tokens[at]);
  // "58-year-old Andrew Tolley", "a 71-year-old woman", "the 44-year-old lead researcher, Dr Helena Voss".
  if (tokens[last + 1] && !tokens[last + 1]!.capitalized) add(tokens[last + 1]);
  for (let at = last + 1; at <= last + 6 && tokens[at]; at++) if (tokens[at]!.capitalized) add(tokens[at]);
  return [...new Set(names)];
}

/** The word of the sentence that a term was read from. */
function wordOf(tokens: Token[], term: string): string | undefined {
  return tokens.find((token) => termOf(token) === term)?.text.toLowerCase();
}

/** Content terms (names included) within a few words of the detail, figures and other details' words left out. */
function contextOf(tokens: Token[], first: number, last: number, details: FoundDetail[]): string[] {
  const terms = new Set<string>();
  const from = Math.max(0, first - CONTEXT_WINDOW);
  const to = Math.min(tokens.length - 1, last + CONTEXT_WINDOW);
  for (let at = from; at <= to; at++) {
    if (at >= first && at <= last) continue;
    const token = tokens[at]!;
    if (/^\d/.test(token.lower)) continue;
    if (
      details.some(
        (detail) =>
          detail.role !== 'actor' &&
          detail.role !== 'place' &&
          token.start < detail.end &&
          token.end > detail.start,
      )
    )
      continue;
    const term = termOf(token);
    if (term) terms.add(term);
  }
  return [...terms];
}
