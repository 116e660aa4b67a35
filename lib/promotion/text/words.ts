const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// Each sentence is read by several signals and by the article's profile, as written and lower-cased: remember
// the words of the article's texts (keyed by the lower-cased text; bounded, and emptied for each article).
const recent = new Map<string, string[]>();
const RECENT_SIZE = 4096;

/** Empties the memo of words: called when an article's reading starts, so the memo serves that article only. */
export function forgetWords(): void {
  recent.clear();
}

/** Lower-case word tokens of a text (letters, digits, inner apostrophes and hyphens). Shared: do not modify. */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  let words = recent.get(lower);
  if (!words) {
    words = lower.match(WORD) ?? [];
    if (recent.size >= RECENT_SIZE) recent.clear();
    recent.set(lower, words);
  }
  return words;
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

function foldSuffix(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word.replace(/['’]s$/, '');
}
