import { isLetterOrDigit, unitsOf } from '../../text/char-classes.ts';

// Word tokens: runs of letters and digits joined by inner apostrophes and hyphens. The pattern says what wordTokens
// finds; every text of a page is tokenised, and reading by hand is several times faster than the pattern.
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const isJoiner = (code: number) => code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 45; /* - */

/** The matches of WORD in a text, in order (what `text.match(WORD) ?? []` gives). */
export function wordTokens(text: string): string[] {
  const words: string[] = [];
  const length = text.length;
  for (let at = 0; at < length;) {
    const code = text.codePointAt(at)!;
    if (!isLetterOrDigit(code)) {
      at += unitsOf(code);
      continue;
    }
    let end = runEnd(text, at);
    // A joiner continues the word only when a letter or digit follows it.
    while (end < length && isJoiner(text.charCodeAt(end)) && end + 1 < length) {
      const after = text.codePointAt(end + 1)!;
      if (!isLetterOrDigit(after)) break;
      end = runEnd(text, end + 1);
    }
    words.push(text.slice(at, end));
    at = end;
  }
  return words;
}

/** Where the run of letters and digits starting at `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    if (!isLetterOrDigit(code)) break;
    end += unitsOf(code);
  }
  return end;
}

/**
 * One text as the promotion signals read it. Each sentence is read by several signals and by the article's
 * profile, as written and lower-cased, and counted against several word lists: each text is read once.
 */
export interface Reading {
  lower: string;
  /** Lower-case word tokens (letters, digits, inner apostrophes and hyphens). */
  words: string[];
  /** Hits of each word list (by the list's number in word-matcher.ts), filled as the lists count them. */
  counts: number[];
  /** How many words of each word list (by the list's number in word-matcher.ts) the text has, once asked for. */
  wordHits?: number[];
  /** The sums of a set of word tables over the text's lower-case words (text/shipped-wording.ts), once asked for. */
  tableSums?: { tables: object; sums: readonly number[] };
  /** The words written in lower case only (text/register.ts), once asked for. */
  registerWords?: Set<string>;
}

// Remember the readings of the article's texts (keyed by the text as written; bounded, and emptied for each article).
const readings = new Map<string, Reading>();
const READINGS_SIZE = 4096;

/** Empties the memo of readings: called when an article's reading starts, so the memo serves that article only. */
export function forgetWords(): void {
  readings.clear();
}

/** The reading of a text. Shared: do not modify. */
export function readingOf(text: string): Reading {
  let reading = readings.get(text);
  if (!reading) {
    const lower = text.toLowerCase();
    reading = { lower, words: wordTokens(lower), counts: [] };
    if (readings.size >= READINGS_SIZE) readings.clear();
    readings.set(text, reading);
  }
  return reading;
}

/** Lower-case word tokens of a text (letters, digits, inner apostrophes and hyphens). Shared: do not modify. */
export function wordsOf(text: string): string[] {
  return readingOf(text).words;
}

const STOPWORDS = new Set(
  (
    'a an the and or but if then than so as of in on at to for from by with without about into over under ' +
    'is are was were be been being am do does did has have had having will would can could should may might must ' +
    'it its this that these those there here their they them he she his her him we our us you your i me my ' +
    'not no nor all any each every some such more most other another which who whom whose what when where why how ' +
    'also just only very too own same both few many much one two new said says up out off'
  ).split(' '),
);

/** Words that carry content: no stopwords, no one-letter tokens, a crude plural/suffix fold so "talks" meets "talk". */
export function contentWordsOf(text: string): string[] {
  return wordsOf(text)
    .filter((word) => word.length > 2 && !STOPWORDS.has(word))
    .map(foldSuffix);
}

/** The distinct content words of a text, in the order they first appear (one pass, no intermediate lists). */
export function distinctContentWordsOf(text: string): string[] {
  const distinct: string[] = [];
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    if (word.length <= 2 || STOPWORDS.has(word)) continue;
    const form = foldSuffix(word);
    if (seen.has(form)) continue;
    seen.add(form);
    distinct.push(form);
  }
  return distinct;
}

function foldSuffix(word: string): string {
  // Only a word ending in "s" folds.
  if (!word.endsWith('s')) return word;
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && !word.endsWith('ss')) return word.slice(0, -1);
  return word.replace(/['’]s$/, '');
}
