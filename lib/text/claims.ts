import type { ArticleBlock } from '../article.ts';
import { countWords } from './whitespace.ts';

/**
 * Could this sentence state something checkable? Headings, questions, bylines, fragments and very long run-ons
 * (usually lists glued together) are not claims. Opinion is not filtered here: it simply finds no evidence.
 */
export function isClaimSentence(sentence: string, block?: Pick<ArticleBlock, 'kind'>): boolean {
  if (block && (block.kind === 'heading' || block.kind === 'preformatted' || block.kind === 'table-cell'))
    return false;
  const words = countWords(sentence);
  if (words < 6 || words > 120) return false;
  if (/\?["”’)]*$/.test(sentence)) return false;
  if (/^(question|q|answer|a)\s*:/i.test(sentence) && /\?/.test(sentence)) return false;
  if (!/[.!"”’)\]:;]$/.test(sentence) && words < 30) return false; // a headline without closing punctuation
  if (sentence === sentence.toUpperCase()) return false; // SHOUTED banners
  if (/^(by|written by|reporting by|editing by|photo|image|credit)\b/i.test(sentence)) return false;
  return true;
}
