import { lexicon } from '../lexicon.ts';
import type { SentenceContext, Signal } from '../types.ts';

// A label covers the few blocks that follow it, up to the next heading.
const LABEL_REACH = 3;

/** An advertising label above or in front of the passage ("Sponsored", "Related Product Recommendation", "Deals"). */
export const labelHeading: Signal = {
  id: 'label-heading',
  measure(context) {
    if (lexicon.labelPrefix.test(context.block.text)) return 1;
    return labelAbove(context) ? 1 : 0;
  },
};

function labelAbove({ article, blockIndex }: SentenceContext): boolean {
  for (let index = blockIndex - 1; index >= 0 && index >= blockIndex - LABEL_REACH; index--) {
    const block = article.blocks[index];
    if (!block) return false;
    if (isLabel(block.text)) return true;
    if (block.kind === 'heading') return false;
  }
  return false;
}

/** A short block that is nothing but an advertising label. */
export function isLabel(text: string): boolean {
  return text.length <= 80 && lexicon.label.test(text.trim());
}
