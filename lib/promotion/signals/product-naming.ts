import { type ArticleProfile, CAPITALISED } from '../profile.ts';
import type { Signal } from '../types.ts';

// Runs of capitalised words ("Amazon Kindle Paperwhite", "Sotheby's International Realty").
const NAME =
  /\b(?:[A-Z][\p{L}\p{N}'’&-]*|[a-z]+[A-Z][\p{L}]*)(?:\s+(?:[A-Z&][\p{L}\p{N}'’&-]*|of|and|de|\d+[A-Za-z]*))*/gu;
// Marks of a product rather than a person or place: trademarks, model numbers, product-line words.
const PRODUCT_MARK =
  /[™®]|\b[A-Z]+\d+[A-Za-z\d]*\b|\b\d+[A-Z]{1,3}\b|\b(?:Pro|Max|Ultra|Plus|Mini|Air|Edition|Series|Paperwhite|Premium|Deluxe|Collection)\b/u;
// Commerce framing around a name: "the X", "with X", "from X", "at X", "X's collection".
const COMMERCE_FRAME =
  /\b(?:consider|choose|try|with|from|at|by|via|on)\s+(?:the\s+)?[A-Z]|['’]s\s+(?:collection|range|line|selection|lineup|offerings?)\b/u;

/**
 * A named product or brand that the rest of the article never mentions: an advert introduces its product out of
 * nowhere, while a news story keeps coming back to the company it is about.
 */
export const productNaming: Signal = {
  id: 'product-naming',
  measure({ ownWords, profile, blockIndex }) {
    const names = [...ownWords.matchAll(NAME)]
      .filter((match) => match.index !== firstWordIndex(ownWords) || /\s/.test(match[0]))
      .map((match) => match[0].trim());
    const novel = names.filter((name) => !mentionedElsewhere(name, profile, blockIndex));
    if (novel.length === 0) return 0;
    let strength = 0.5;
    if (novel.some((name) => PRODUCT_MARK.test(name))) strength += 0.25;
    if (COMMERCE_FRAME.test(ownWords)) strength += 0.25;
    return strength;
  },
};

function firstWordIndex(text: string): number {
  return text.search(/\S/);
}

/** Whether any capitalised word of the name (three letters or more) appears in another block or the title. */
function mentionedElsewhere(name: string, profile: ArticleProfile, blockIndex: number): boolean {
  return (name.match(CAPITALISED) ?? []).some((word) => {
    const user = profile.blockByName.get(word);
    return user !== undefined && user !== blockIndex;
  });
}
