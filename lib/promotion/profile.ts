import type { Article } from '../article.ts';
import type { SentenceSpan } from '../text/sentences.ts';
import { adVocabularyDensity } from './text/ad-vocabulary.ts';
import { contentWordsOf } from './text/words.ts';

/** Article-wide facts the signals compare a sentence against, computed once per article. */
export interface ArticleProfile {
  /** For each content word, the sentences ("block:sentence") that use it. */
  sentencesByWord: Map<string, Set<string>>;
  /** The distinct content words of each judged sentence ("block:sentence" → words). */
  wordsBySentence: Map<string, string[]>;
  titleWords: Set<string>;
  /** Indexes of the blocks that are running text (not headings). */
  textBlockIndexes: number[];
  /** Advertising vocabulary per word of every judged sentence ("block:sentence" → density). */
  adDensity: Map<string, number>;
  /** The median of those densities: how loud the article usually is. */
  typicalAdDensity: number;
  /** For each capitalised word (a name's part), the blocks that use it; -1 is the title. */
  blocksByName: Map<string, Set<number>>;
}

// Capitalised words of three letters or more, possessive dropped: the parts of names.
export const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&-]{2,}/gu;

export function sentenceKey(blockIndex: number, sentenceIndex: number): string {
  return `${blockIndex}:${sentenceIndex}`;
}

export function profileArticle(article: Article, sentencesByBlock: SentenceSpan[][]): ArticleProfile {
  const sentencesByWord = new Map<string, Set<string>>();
  const adDensity = new Map<string, number>();
  const wordsBySentence = new Map<string, string[]>();
  const add = (word: string, key: string) => {
    const keys = sentencesByWord.get(word) ?? new Set<string>();
    keys.add(key);
    sentencesByWord.set(word, keys);
  };
  article.blocks.forEach((block, blockIndex) => {
    const sentences = sentencesByBlock[blockIndex];
    // Headings and quotes are not judged but still tell what the article is about.
    if (!sentences || sentences.length === 0) {
      for (const word of contentWordsOf(block.text)) add(word, sentenceKey(blockIndex, -1));
      return;
    }
    sentences.forEach((sentence, sentenceIndex) => {
      const key = sentenceKey(blockIndex, sentenceIndex);
      const words = [...new Set(contentWordsOf(sentence.text))];
      wordsBySentence.set(key, words);
      for (const word of words) add(word, key);
      adDensity.set(key, adVocabularyDensity(sentence.text));
    });
  });
  const blocksByName = new Map<string, Set<number>>();
  [article.title, ...article.blocks.map((block) => block.text)].forEach((text, index) => {
    for (const name of text.match(CAPITALISED) ?? []) {
      const blocks = blocksByName.get(name) ?? new Set<number>();
      blocks.add(index - 1);
      blocksByName.set(name, blocks);
    }
  });
  return {
    sentencesByWord,
    wordsBySentence,
    blocksByName,
    typicalAdDensity: median([...adDensity.values()]),
    titleWords: new Set(contentWordsOf(article.title)),
    textBlockIndexes: article.blocks.flatMap((block, index) => (block.kind === 'heading' ? [] : [index])),
    adDensity,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
