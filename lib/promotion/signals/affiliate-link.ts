import { classifyLink } from '../cards/link-kinds.ts';
import type { Signal } from '../types.ts';

/** A link in the sentence marked rel="sponsored" or carrying affiliate tracking: the writer is paid per sale. */
export const affiliateLink: Signal = {
  id: 'affiliate-link',
  measure({ block, sentence, sentenceCount }) {
    const paid = block.links.filter((link) => classifyLink(link.href, link.rel) !== null);
    if (paid.length === 0) return 0;
    // A link belongs to the sentence that holds its text (or to the only sentence of the block).
    const inSentence = paid.some(
      (link) => sentenceCount === 1 || (link.text !== '' && sentence.text.includes(link.text)),
    );
    return inSentence ? 1 : 0;
  },
};
