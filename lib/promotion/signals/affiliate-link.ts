import type { ArticleBlock, BlockLink } from '../../article.ts';
import { classifyLink } from '../cards/link-kinds.ts';
import type { Signal } from '../types.ts';

// Links are classified once per block, not once per sentence.
const paidLinksOfBlock = new WeakMap<ArticleBlock, BlockLink[]>();

function paidLinks(block: ArticleBlock): BlockLink[] {
  let paid = paidLinksOfBlock.get(block);
  if (!paid) {
    paid = block.links.filter((link) => classifyLink(link.href, link.rel) !== null);
    paidLinksOfBlock.set(block, paid);
  }
  return paid;
}

/** A link in the sentence marked rel="sponsored" or carrying affiliate tracking: the writer is paid per sale. */
export const affiliateLink: Signal = {
  id: 'affiliate-link',
  reason: 'links to a shop that pays the site for each sale',
  measure({ block, sentence, sentenceCount }) {
    const paid = paidLinks(block);
    if (paid.length === 0) return 0;
    // A link belongs to the sentence that holds its text (or to the only sentence of the block).
    const inSentence = paid.some(
      (link) => sentenceCount === 1 || (link.text !== '' && sentence.text.includes(link.text)),
    );
    return inSentence ? 1 : 0;
  },
};
