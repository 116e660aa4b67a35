import { isSpace } from './char-classes.ts';

/** A sentence of a block: its text and where it stands in the block's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a full stop never ends a sentence (titles, months, corporate suffixes…).
// Lower-cased, without their final full stop.
const NEVER_FINAL = new Set([
  'mr',
  'mrs',
  'ms',
  'messrs',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'sgt',
  'adm',
  'pres',
  'rev',
  'hon',
  'st',
  'ft',
  'mt',
  'sr',
  'jr',
  'vs',
  'v',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'ltd',
  'bros',
  'dept',
  'univ',
  'assn',
  'est',
  'e.g',
  'i.e',
  'cf',
  'al',
]);

// Abbreviations that never end a sentence when a number follows ("No. 2", "p. 14").
const BEFORE_NUMBER = new Set(['no', 'nos', 'art', 'vol', 'p', 'pp', 'fig', 'sec', 'ch', 'para']);

// Dotted abbreviations ("U.S.", "D.C.", "a.m.") may end a sentence; they do when a typical sentence opener
// follows. Otherwise ("the U.S. Senate", "U.S. President Trump") they do not.
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'that',
  'these',
  'those',
  'there',
  'but',
  'and',
  'however',
  'meanwhile',
  'in',
  'on',
  'at',
  'after',
  'before',
  'while',
  'when',
  'if',
  'as',
  'for',
  'yet',
  'so',
  'still',
  'then',
  'later',
  'earlier',
  'according',
  'despite',
  'although',
  'both',
  'some',
  'many',
  'most',
  'no',
  'one',
  'officials',
  'what',
  'who',
  'why',
  'how',
]);

// Sentence terminators (. ! ? …) and the closing quotes and brackets that may follow them (" ' ” ’ ) ] »), read
// as UTF-16 units: every character of every block is looked at.
const isTerminator = (code: number) => code === 46 || code === 33 || code === 63 || code === 0x2026;
const isCloser = (code: number) =>
  code === 34 ||
  code === 39 ||
  code === 0x201d ||
  code === 0x2019 ||
  code === 41 ||
  code === 93 ||
  code === 0xbb;

/**
 * Splits a block of text into sentences, with offsets into the text. A boundary is a terminator (. ! ? …),
 * possibly followed by closing quotes or brackets, then white space, then something that can open a
 * sentence; full stops of abbreviations, initials ("Donald J. Trump"), and list numbers are not boundaries.
 * Decimals ("3.5"), domains ("Snopes.com") never qualify because no space follows their full stop.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isTerminator(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
    while (end < text.length && isCloser(text.charCodeAt(end))) end++;
    let next = end;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next === end || next >= text.length) {
      i = end - 1;
      continue;
    }
    if (!isBoundary(text, i, end, next)) {
      i = end - 1;
      continue;
    }
    pushSpan(spans, text, start, end);
    start = next;
    i = next - 1;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function isBoundary(text: string, terminator: number, end: number, next: number): boolean {
  const following = text.slice(next, next + 40);
  // A sentence opens with a capital, a digit, or an opening quote/bracket; lower case continues the sentence.
  if (!/^[\p{Lu}\p{N}"'“‘(\[«¿¡—–-]/u.test(following)) return false;
  if (text[terminator] !== '.') return true;
  if (end > terminator + 1 && text[terminator + 1] === '.') return true; // an ellipsis "..." before a capital

  const word = wordBefore(text, terminator);
  const lower = word.toLowerCase();
  const nextWord = (following.match(/^["'“‘(]*([\p{L}\p{N}]+)/u)?.[1] ?? '').toLowerCase();
  if (end > terminator + 1) return true; // a closing quote or bracket came after the full stop
  if (NEVER_FINAL.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && /^\d/.test(nextWord)) return false;
  if (/^\p{Lu}$/u.test(word)) return isLikelyStandalone(text, terminator); // an initial: "Donald J. Trump"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord); // "U.S", "D.C", "a.m"
  if (/^\d{1,2}$/.test(word) && isListNumber(text, terminator)) return false; // "1. Finland"
  return true;
}

/** The run of letters, digits and inner full stops just before position `at`. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && /[\p{L}\p{N}.]/u.test(text[from - 1] ?? '')) from--;
  return text.slice(from, at).replace(/^\.+/, '');
}

/** A lone capital letter ends a sentence only in rare cases such as "Plan B." — treat it as an initial. */
function isLikelyStandalone(_text: string, _at: number): boolean {
  return false;
}

/** A one- or two-digit number at the very start of the current line of text: a list item's number. */
function isListNumber(text: string, at: number): boolean {
  const before = text.slice(0, at).replace(/\d+$/, '');
  return before.trim() === '' || /[\n|]\s*$/.test(before);
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
