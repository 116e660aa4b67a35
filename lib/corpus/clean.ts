import { articleFromText } from '../extract/article-from-text.ts';
import { detectPromotions } from '../promotion/detect.ts';
import { collapseWhitespace } from '../text/whitespace.ts';
import type { CorpusDocument } from './corpus.ts';
import { isFurnitureLine, isTailMarker, tableRowText } from './furniture.ts';

/**
 * The paragraphs of a reference article that may serve as evidence: its title line dropped,
 * furniture lines removed, the related-links tail cut off, table rows reduced to their sentences, and
 * promotions (as the promotions detector finds them) left out; the promotions are returned too, so that
 * sentences inside a promotion that shares a paragraph with news can be dropped.
 */
export function cleanDocument(doc: CorpusDocument): { paragraphs: string[]; promotions: string[] } {
  const lines = doc.text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(collapseWhitespace)
    .filter(Boolean);
  // The first line is the title, unless the article has none and starts with its lead (or with furniture).
  if (lines[0] !== undefined && !/[.!?"”’]$/.test(lines[0])) lines.shift();
  const kept: string[] = [];
  for (const line of lines) {
    if (isTailMarker(line)) break;
    const text = tableRowText(line);
    if (!text || isFurnitureLine(text)) continue;
    kept.push(text);
  }
  const promotions = detectPromotions(articleFromText([doc.title, ...kept].join('\n'))).map((p) => p.text);
  const paragraphs = kept.filter((paragraph) => !promotions.some((promo) => promo.includes(paragraph)));
  return { paragraphs, promotions };
}

/** Is this sentence part of a promotion the detector found? (A paragraph may mix news and an ad.) */
export function insidePromotion(sentence: string, promotions: string[]): boolean {
  return promotions.some((promo) => promo.includes(sentence));
}
