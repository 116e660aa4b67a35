import type { Article } from '../article.ts';
import { isFurnitureLine, isTailMarker } from '../corpus/furniture.ts';
import { isClaimSentence } from '../text/claims.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
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
  for (const block of article.blocks) {
    if (isTailMarker(block.text)) break; // "Latest posts", "Related articles": other articles' teasers follow
    if (block.kind === 'heading' || isFurnitureLine(block.text)) continue;
    for (const span of splitSentences(block.text)) {
      if (!isClaimSentence(span.text, block) || isPromotion(span.text)) continue;
      if (span.text === article.title) continue;
      sentences.push({ text: span.text, info: sentenceTerms(span.text) });
    }
  }
  return sentences;
}

export function tokensOf(sentences: PageSentence[]): Token[][] {
  return sentences.map((sentence) => sentence.info.tokens);
}
