import type { Article } from '../article.ts';
import type { SentenceSpan } from '../text/sentences.ts';
import { adVocabularyDensity } from './text/ad-vocabulary.ts';
import { capitalisedWords } from './text/capitalised.ts';
import { inPastTense } from './text/tense.ts';
import { NO_REFERENCES, type ReferenceNames } from './reference-names.ts';
import { contentWordsOf, distinctContentWordsOf, readingOf, wordsOf } from './text/words.ts';

/** In the "who uses it" maps: used in more than one place. */
export const SHARED = -1;
/** In blocksByName: the title. */
export const TITLE = -2;

/**
 * Article-wide facts the signals compare a sentence against, computed once per article. The "who uses it" maps
 * keep only the one user, or SHARED: that is all the signals ask, and it keeps long pages cheap.
 */
export interface ArticleProfile {
  /** For each content word, the one sentence (sentenceKey) that uses it, or SHARED. */
  sentenceByWord: Map<string, number>;
  /** The distinct content words of each judged sentence. */
  wordsBySentence: Map<number, string[]>;
  titleWords: Set<string>;
  /** Every word of the title, lower-cased (titles that are search queries are written in lower case). */
  titleTerms: Set<string>;
  /** Indexes of the blocks that are running text (not headings). */
  textBlockIndexes: number[];
  /** Advertising vocabulary per ten words of every judged sentence. */
  adDensity: Map<number, number>;
  /** The median of those densities: how loud the article usually is. */
  typicalAdDensity: number;
  /**
   * For each capitalised word (a name's part), the one block that uses it (TITLE for the title), or SHARED. Read
   * when first asked: only a sentence that may be a promotion is read for novel names (candidates.ts).
   */
  readonly blockByName: Map<string, number>;
  /** Whether the reference articles name a word (an actor of the news); always false without a corpus. */
  namedInReferences: ReferenceNames;
  /**
   * Share of the judged sentences told in the past tense: near 1 for reporting, low for a guide or an answer.
   * Found when first asked, like blockByName.
   */
  readonly pastTenseShare: number;
}

/** A number naming one sentence of the article (sentence -1: a block that is not judged, such as a heading). */
export function sentenceKey(blockIndex: number, sentenceIndex: number): number {
  return blockIndex * 100_000 + sentenceIndex + 1;
}

function noteUser(map: Map<string, number>, key: string, user: number): void {
  const seen = map.get(key);
  if (seen === undefined) map.set(key, user);
  else if (seen !== user) map.set(key, SHARED);
}

export function profileArticle(
  article: Article,
  sentencesByBlock: SentenceSpan[][],
  namedInReferences: ReferenceNames = NO_REFERENCES,
): ArticleProfile {
  const sentenceByWord = new Map<string, number>();
  const adDensity = new Map<number, number>();
  const wordsBySentence = new Map<number, string[]>();
  article.blocks.forEach((block, blockIndex) => {
    const sentences = sentencesByBlock[blockIndex];
    // Headings and quotes are not judged but still tell what the article is about.
    if (!sentences || sentences.length === 0) {
      // (Noting a word twice for the same user changes nothing.)
      for (const word of distinctContentWordsOf(block.text))
        noteUser(sentenceByWord, word, sentenceKey(blockIndex, -1));
      return;
    }
    sentences.forEach((sentence, sentenceIndex) => {
      const key = sentenceKey(blockIndex, sentenceIndex);
      const words = distinctContentWordsOf(sentence.text);
      wordsBySentence.set(key, words);
      for (const word of words) noteUser(sentenceByWord, word, key);
      adDensity.set(key, adVocabularyDensity(sentence.text));
    });
  });
  let blockByName: Map<string, number> | undefined;
  let pastTenseShare: number | undefined;
  return {
    sentenceByWord,
    wordsBySentence,
    get blockByName() {
      return (blockByName ??= namesByBlock(article));
    },
    typicalAdDensity: median([...adDensity.values()]),
    titleWords: new Set(contentWordsOf(article.title)),
    titleTerms: new Set(wordsOf(article.title).filter((word) => word.length >= 3)),
    textBlockIndexes: article.blocks.flatMap((block, index) => (block.kind === 'heading' ? [] : [index])),
    adDensity,
    namedInReferences,
    get pastTenseShare() {
      return (pastTenseShare ??= shareInPastTense(sentencesByBlock));
    },
  };
}

function namesByBlock(article: Article): Map<string, number> {
  const blockByName = new Map<string, number>();
  for (const name of capitalisedWords(article.title)) noteUser(blockByName, name, TITLE);
  article.blocks.forEach((block, index) => {
    for (const name of capitalisedWords(block.text)) noteUser(blockByName, name, index);
  });
  return blockByName;
}

function shareInPastTense(sentencesByBlock: SentenceSpan[][]): number {
  let judged = 0;
  let past = 0;
  for (const sentences of sentencesByBlock)
    for (const sentence of sentences) {
      judged++;
      if (inPastTense(readingOf(sentence.text).lower)) past++;
    }
  return judged === 0 ? 0 : past / judged;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
