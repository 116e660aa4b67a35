import type { Article } from '../../article.ts';
import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/** An advertising label above or in front of the passage ("Sponsored", "Related Product Recommendation", "Deals"). */
export const labelHeading: Signal = {
  id: 'label-heading',
  reason: 'is labelled as advertising ("Sponsored", "Deals")',
  measure({ article, block, blockIndex }) {
    if (lexicon.labelPrefix.test(block.text)) return 1;
    return labelAbove(article, blockIndex) !== null ? 1 : 0;
  },
};

/**
 * The index of the label that covers a block: the block right above it, or above the run of list items the block
 * belongs to ("Deals" over a list of offers). A label never reaches past the paragraph that follows it.
 */
export function labelAbove(article: Article, blockIndex: number): number | null {
  const kind = article.blocks[blockIndex]?.kind;
  for (let index = blockIndex - 1; index >= 0; index--) {
    const block = article.blocks[index];
    if (!block) return null;
    if (isLabel(block.text)) return index;
    if (kind !== 'list-item' || block.kind !== 'list-item') return null;
  }
  return null;
}

/** A short block that is nothing but an advertising label. */
export function isLabel(text: string): boolean {
  return text.length <= 80 && lexicon.label.test(text.trim());
}
