import type { Article } from '../article.ts';
import { contentWordsOf } from './text/words.ts';

/** Article-wide facts the signals compare a sentence against, computed once per article. */
export interface ArticleProfile {
  /** For each content word, the indexes of the blocks that use it. */
  blocksByWord: Map<string, Set<number>>;
  titleWords: Set<string>;
  /** Indexes of the blocks that are running text (not headings). */
  textBlockIndexes: number[];
  /** The whole article text, for spotting names used elsewhere. */
  fullText: string;
}

export function profileArticle(article: Article): ArticleProfile {
  const blocksByWord = new Map<string, Set<number>>();
  article.blocks.forEach((block, index) => {
    for (const word of contentWordsOf(block.text)) {
      const blocks = blocksByWord.get(word) ?? new Set<number>();
      blocks.add(index);
      blocksByWord.set(word, blocks);
    }
  });
  const textBlockIndexes = article.blocks.flatMap((block, index) =>
    block.kind === 'heading' ? [] : [index],
  );
  return {
    blocksByWord,
    titleWords: new Set(contentWordsOf(article.title)),
    textBlockIndexes,
    fullText: [article.title, ...article.blocks.map((block) => block.text)].join('\n'),
  };
}
