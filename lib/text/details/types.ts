/** The role a checkable detail plays in its sentence, read from its context. */
export type DetailRole =
  | 'score'
  | 'minute'
  | 'time'
  | 'count'
  | 'money'
  | 'percentage'
  | 'age'
  | 'duration'
  | 'rank'
  | 'date'
  | 'weekday'
  | 'year'
  | 'place'
  | 'actor';

/** How a figure is hedged: "about 90", "more than 40", "nearly 90". A hedged figure is less specific, never
 * wrong, when the exact one lies within it. */
export type Approximation = 'about' | 'atLeast' | 'atMost';

/** One checkable detail of a sentence, as stored in the corpus index and on page sentences. */
export interface Detail {
  role: DetailRole;
  /** Normalised value: a number (count, money, minute, seconds of a duration…) or a string ("2-1", a date
   * "YYYY-MM-DD" with unknown parts left empty, a place's name in lower case). */
  value: number | string;
  /** As written in the sentence. */
  text: string;
  /** Money: the currency code; percentage: "%" or "pp" (percentage points). */
  unit?: string;
  /** Rounding step of a figure as written ("3,400" → 100, "$2.1bn" → 1e8); absent when exact. */
  step?: number;
  approx?: Approximation;
  /** What it is about: the terms of the noun it counts or measures ("crowd", "homes"), when there is one. */
  head: string[];
  /** The head noun as written, for telling a reader which figure ("the crowd figure"). */
  headWord?: string;
  /** The figure measures its head ("a crowd of 3,412", "turnout of 42%"), rather than counting units of it. */
  measures?: boolean;
  /** Content terms around it (names included): which event or thing it belongs to. */
  context: string[];
  /** Character offsets in the sentence. */
  start: number;
  end: number;
}

/** A detail as one role extractor finds it, before the registry adds its subject and hedging. */
export interface FoundDetail {
  role: DetailRole;
  value: number | string;
  text: string;
  start: number;
  end: number;
  unit?: string;
  step?: number;
  /** Words that name what it is about, when the extractor knows better than the generic rule. */
  head?: string[];
  /** No head noun is looked for (a minute, a date: what they belong to is the event around them). */
  noHead?: boolean;
}

/** Reads one role from a sentence. Extractors run in the registry's order; an earlier one owns its span. */
export interface DetailExtractor {
  role: DetailRole;
  find(text: string): FoundDetail[];
}
