import type { Article } from '../article.ts';
import type { SentenceSpan } from '../text/sentences.ts';
import { adVocabularyDensity } from './text/ad-vocabulary.ts';
import { contentWordsOf } from './text/words.ts';

/** Article-wide facts the signals compare a sentence against, computed once per article. */
export interface ArticleProfile {
  /** For each content word, the sentences ("block:sentence") that use it. */
  sentencesByWord: Map<string, Set<string>>;
  titleWords: Set<string>;
  /** Indexes of the blocks that are running text (not headings). */
  textBlockIndexes: number[];
  /** The whole article text, for spotting names used elsewhere. */
  fullText: string;
  /** Advertising vocabulary per word of every judged sentence ("block:sentence" → density). */
  adDensity: Map<string, number>;
}

export function sentenceKey(blockIndex: number, sentenceIndex: number): string {
  return `${blockIndex}:${sentenceIndex}`;
}

export function profileArticle(article: Article, sentencesByBlock: SentenceSpan[][]): ArticleProfile {
  const sentencesByWord = new Map<string, Set<string>>();
  const adDensity = new Map<string, number>();
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
      for (const word of contentWordsOf(sentence.text)) add(word, key);
      adDensity.set(key, adVocabularyDensity(sentence.text));
    });
  });
  return {
    sentencesByWord,
    titleWords: new Set(contentWordsOf(article.title)),
    textBlockIndexes: article.blocks.flatMap((block, index) => (block.kind === 'heading' ? [] : [index])),
    fullText: [article.title, ...article.blocks.map((block) => block.text)].join('\n'),
    adDensity,
  };
}
