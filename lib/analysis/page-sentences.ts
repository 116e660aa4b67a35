import type { Article } from '../article.ts';
import { isFurnitureLine, isTailMarker } from '../corpus/furniture.ts';
import { isClaimSentence } from '../text/claims.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import { sentencesOf } from '../text/block-sentences.ts';
import { splitSentences } from '../text/sentences.ts';
import type { Token } from '../text/tokens.ts';

/** A claim sentence of the page, in reading order. */
export interface PageSentence {
  text: string;
  info: ReturnType<typeof sentenceTerms>;
}

/** The page's claim sentences: furniture, headings, questions and promotions left out, and nothing after a
 * related-links heading. */
export function pageSentences(article: Article, isPromotion: (sentence: string) => boolean): PageSentence[] {
  const sentences: PageSentence[] = [];
  // A "title" of several sentences is the lead paragraph of a text that has no headline: read it as one.
  const titleIsLead =
    isLeadParagraph(article.title) && !article.blocks.some((block) => block.text === article.title);
  const blocks = titleIsLead
    ? [{ kind: 'paragraph' as const, text: article.title, links: [] }, ...article.blocks]
    : article.blocks;
  for (const block of blocks) {
    if (isTailMarker(block.text)) break; // "Latest posts", "Related articles": other articles' teasers follow
    if (block.kind === 'heading' || isFurnitureLine(block.text)) continue;
    for (const span of sentencesOf(block)) {
      if (!isClaimSentence(span.text, block) || isPromotion(span.text)) continue;
      if (!titleIsLead && span.text === article.title) continue;
      sentences.push({ text: span.text, info: sentenceTerms(span.text) });
    }
  }
  return sentences;
}

export function tokensOf(sentences: PageSentence[]): Token[][] {
  return sentences.map((sentence) => sentence.info.tokens);
}

/** Several sentences, or far longer than a headline: a paragraph, not a title. */
export function isLeadParagraph(title: string): boolean {
  return splitSentences(title).length >= 2 || title.split(/\s+/).length > 40;
}
