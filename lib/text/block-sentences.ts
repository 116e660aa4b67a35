import type { ArticleBlock } from '../article.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';

const byBlock = new WeakMap<ArticleBlock, { text: string; sentences: SentenceSpan[] }>();

/**
 * The sentences of an article block, split once however many readers ask: extraction's check for article
 * text, promotion detection and the comparison all read the same blocks. The list is shared: do not modify it.
 */
export function sentencesOf(block: ArticleBlock): SentenceSpan[] {
  const known = byBlock.get(block);
  if (known && known.text === block.text) return known.sentences;
  const sentences = splitSentences(block.text);
  byBlock.set(block, { text: block.text, sentences });
  return sentences;
}
