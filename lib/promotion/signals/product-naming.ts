import type { ArticleProfile } from '../profile.ts';
import { capitalisedWords } from '../text/capitalised.ts';
import type { SentenceContext, Signal } from '../types.ts';

// Runs of capitalised words ("Amazon Kindle Paperwhite", "Sotheby's International Realty").
const NAME =
  /\b(?:[A-Z][\p{L}\p{N}'’&-]*|[a-z]+[A-Z][\p{L}]*)(?:\s+(?:[A-Z&][\p{L}\p{N}'’&-]*|of|and|de|\d+[A-Za-z]*))*/gu;
// Marks of a product rather than a person or place: trademarks, model numbers, product-line words.
const PRODUCT_MARK =
  /[™®]|\b[A-Z]+\d+[A-Za-z\d]*\b|\b\d+[A-Z]{1,3}\b|\b(?:Pro|Max|Ultra|Plus|Mini|Air|Edition|Series|Paperwhite|Premium|Deluxe|Collection)\b/u;
// Commerce framing around a name: "the X", "with X", "from X", "at X", "X's collection".
const COMMERCE_FRAME =
  /\b(?:consider|choose|try|with|from|at|by|via|on)\s+(?:the\s+)?[A-Z]|['’]s\s+(?:collection|range|line|selection|lineup|offerings?)\b|\b(?:a|an|their|your)\s+(?:[A-Z][\p{L}-]*\s+){1,3}(?:[a-z-]+\s+)?(?:app|kit|box|tent|flask|thermometer|massager|lenses|telescope|station|account|subscription|membership|plan|service|tracker|speaker|headphones|mattress|blender|vacuum|device|gadget|bottle|bag|shoes|boots|trainers|charger)\b/u;

// Right after a name: the name is an actor of the news (it said, announced, was fined…), not a product on show.
const ACTOR_VERB =
  /(?:['’]s)?\s*(?:,[^,]{1,60},\s*)?(?:said|says|told|announced|reported|confirmed|denied|warned|agreed|recalled|is recalling|sued|was (?:fined|sued|ordered|charged)|posted|shares|spokes(?:man|woman|person)|chief executive)\b/uy;

/**
 * A named product or brand that plays no part in the story: the rest of the article (other paragraphs, the title)
 * never mentions it, and it is not an actor of the news (the subject of "said", "announced", "was fined"). An
 * advert introduces its product out of nowhere, while a news story keeps coming back to the company it is about.
 */
export const productNaming: Signal = {
  id: 'product-naming',
  reason: 'names a brand or product that plays no part in the rest of the story',
  measure(context) {
    const novel = novelNames(context);
    if (novel.length === 0) return 0;
    let strength = 0.5;
    if (novel.some((name) => PRODUCT_MARK.test(name))) strength += 0.25;
    if (COMMERCE_FRAME.test(context.ownWords)) strength += 0.25;
    return strength;
  },
};

/**
 * The names in the sentence that the rest of the story never mentions and that are not actors of the news.
 * Several signals ask: found once per sentence.
 */
export function novelNames(context: SentenceContext): string[] {
  let novel = context.shared.novelNames;
  if (!novel) {
    const { ownWords, profile, blockIndex } = context;
    const firstWord = firstWordIndex(ownWords);
    novel = [...ownWords.matchAll(NAME)]
      .filter((match) => match.index !== firstWord || /\s/.test(match[0]))
      .filter((match) => !actsInTheNews(ownWords, (match.index ?? 0) + match[0].length))
      .map((match) => match[0].trim())
      .filter((name) => !mentionedElsewhere(name, profile, blockIndex));
    context.shared.novelNames = novel;
  }
  return novel;
}

/** Whether the words right after a name (at `end`) make it an actor of the news. */
function actsInTheNews(text: string, end: number): boolean {
  ACTOR_VERB.lastIndex = end;
  return ACTOR_VERB.test(text);
}

function firstWordIndex(text: string): number {
  return text.search(/\S/);
}

/**
 * Whether any capitalised word of the name (three letters or more) appears in another block, the title, or the
 * reference articles as a name (the news itself names it: an actor, not a product on show).
 */
function mentionedElsewhere(name: string, profile: ArticleProfile, blockIndex: number): boolean {
  return capitalisedWords(name).some((word) => {
    if (profile.titleTerms.has(word.toLowerCase()) || profile.namedInReferences(word)) return true;
    const user = profile.blockByName.get(word);
    return user !== undefined && user !== blockIndex;
  });
}
