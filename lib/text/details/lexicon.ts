import cueData from './data/cues.json';
import unitData from './data/units.json';

// The word lists of the role extractors (data/*.json), as lookups.
export const NUMBER_WORDS: Record<string, number> = unitData.numberWords;
export const ORDINAL_WORDS: Record<string, number> = unitData.ordinalWords;
export const SCALES: Record<string, number> = unitData.scales;
export const CURRENCY_SYMBOLS: Record<string, string> = unitData.currencySymbols;
export const CURRENCY_WORDS: Record<string, string> = unitData.currencyWords;
export const DURATION_SECONDS: Record<string, number> = unitData.durationSeconds;
export const MONTHS = unitData.months;
export const MONTH_ABBREVIATIONS = unitData.monthAbbreviations;
export const WEEKDAYS = unitData.weekdays;

export const SCORE_CUES = new Set(cueData.scoreCues);
export const SCORE_UNITS = new Set(cueData.scoreUnits);
export const SCORE_UNITS_CUED = new Set(cueData.scoreUnitsCued);
export const SCORE_NIL = cueData.scoreNil;
export const MINUTE_INTO_WORDS = new Set(cueData.minuteIntoWords);
export const MINUTE_INTO_OBJECTS = new Set(cueData.minuteIntoObjects);
export const AGE_CUES = new Set(cueData.ageCues);
export const RANK_CUES = new Set(cueData.rankCues);
export const RANK_BEFORE = new Set(cueData.rankBefore);
export const RANK_AFTER = new Set(cueData.rankAfter);
export const APPROXIMATE = cueData.approximate;
export const TIME_OF_DAY_WORDS: Record<string, number> = cueData.timeOfDayWords;
export const PLACE_PREPOSITIONS = new Set(cueData.placePrepositions);
export const GENERIC_HEADS = new Set(cueData.genericHeads);
export const NOT_PLACES = new Set(cueData.notPlaces);
export const NAMED_INSTITUTIONS = new Set(cueData.namedInstitutions);
export const INSTITUTION_QUALIFIERS = new Set(cueData.institutionQualifiers);
export const LABEL_NOUNS = new Set(cueData.labelNouns);

/** Alternation of the keys of a word table, longest first, escaped for a regular expression. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Month number (1–12) of a month name or abbreviation, 0 when it is none. */
export function monthOf(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  if (lower === 'sept') return 9;
  return MONTH_ABBREVIATIONS.indexOf(lower) + 1;
}
