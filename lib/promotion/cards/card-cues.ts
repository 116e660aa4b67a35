import type { BlockLink } from '../../article.ts';
import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import { countOffers, countRetailPrices } from '../text/prices.ts';
import { classifyLink } from './link-kinds.ts';

// Shop buttons of product boxes ("Shop now", "$129 at Amazon", "View deal").
export const SHOP_BUTTON =
  /^(?:shop|buy|order|get|grab|see|view|check|compare)(?: it| one| the deal| this deal| deal| price| prices| offer| it now)?(?: now| today| here)?(?: (?:at|on|from) [\p{L}\d .&'-]{2,30})?$|^(?:add to (?:cart|bag|basket)|see (?:price|deal|offer)s?(?: at .{2,30})?|[$€£]\s?\d[\d,.]* (?:at|on|from) .{2,30}|view (?:deal|offer|product)|shop (?:the )?(?:deal|sale|collection))$/iu;
// Class, id or data attributes that declare a box paid for.
export const PAID_MARKER =
  /(?:^|[\s_-])(?:sponsored|sponsor|advertorial|affiliate|paid-content|product-card|product-box|buy-box|commerce-card|shop-card|deal-card|native-ad)(?:$|[\s_-])/iu;

export interface CardEvidence {
  text: string;
  links: BlockLink[];
  hasShopButton: boolean;
  hasPaidMarker: boolean;
}

/** The advertising cues of a box, as signal ids shared with the text signals. */
export function cardCues(card: CardEvidence): string[] {
  const cues = new Set<string>();
  if (card.links.some((link) => classifyLink(link.href, link.rel) !== null)) cues.add('affiliate-link');
  if (countRetailPrices(card.text) + countOffers(card.text) > 0) cues.add('price-offer');
  if (card.hasShopButton || lexicon.callToAction.count(card.text) > 0) cues.add('call-to-action');
  if (countMatches(lexicon.couponCodes, card.text) > 0) cues.add('coupon-code');
  const firstLine = card.text.split(/(?<=[.!?:])\s|\n/)[0] ?? '';
  if (card.hasPaidMarker || lexicon.label.test(firstLine.trim()) || lexicon.labelPrefix.test(card.text)) {
    cues.add('label-heading');
  }
  return [...cues];
}
