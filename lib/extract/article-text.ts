import type { ArticleBlock } from '../article.ts';
import { sentencesOf } from '../text/block-sentences.ts';
import { countWords } from '../text/whitespace.ts';

/**
 * The rule for "not an article": a page is one only when it has no article text — no run of prose a reader
 * would call a story. Home pages, search results, shop listings and login forms are headlines, links, snippets
 * cut off with "…", prices and buttons; a wire brief of 50 words in two or three sentences is an article.
 *
 * Article text: at least {@link MIN_PROSE_SENTENCES} complete sentences of at least {@link MIN_SENTENCE_WORDS}
 * words, {@link MIN_PROSE_WORDS} words in all, in paragraphs or quotations that are not mostly link text.
 */
export const MIN_PROSE_SENTENCES = 2;
export const MIN_SENTENCE_WORDS = 6;
export const MIN_PROSE_WORDS = 35;
/** A block whose text is mostly links (a list of results, a menu) is not prose, however long. */
const MAX_LINK_SHARE = 0.5;

const COMPLETE = /[.!?。！？؟]["”’»)\]]*$/u;
const CUT_OFF = /(\.\.\.|…)["”’»)\]]*$/u;

/** Whether the extracted blocks hold article text (see the rule above). */
export function hasArticleText(blocks: ArticleBlock[]): boolean {
  let sentences = 0;
  let words = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'quote') continue;
    const linked = block.links.reduce((sum, link) => sum + link.text.length, 0);
    if (linked > MAX_LINK_SHARE * block.text.length) continue;
    for (const span of sentencesOf(block)) {
      const count = countWords(span.text);
      if (count < MIN_SENTENCE_WORDS || !COMPLETE.test(span.text) || CUT_OFF.test(span.text)) continue;
      sentences++;
      words += count;
    }
  }
  return sentences >= MIN_PROSE_SENTENCES && words >= MIN_PROSE_WORDS;
}
