import type { Article, ArticleBlock } from '../article.ts';
import type { ArticleGenre } from '../report.ts';
import { classifyLink } from './cards/link-kinds.ts';
import { countRetailPrices } from './text/prices.ts';

// Titles that announce a product as the page's subject. A title alone never decides: the body must agree.
const REVIEW_TITLE =
  /^[^:|–—]{2,90}\breview\b\s*(?:[:|–—-]|$)|\breview:|\b(?:hands-on|first look|tested and rated|we tested|i tried)\b/iu;
const GUIDE_TITLE =
  /\bbest\b.{0,60}\b(?:of|for|in|under|to (?:buy|watch|read|play|get))\b|\b(?:buying|gift|shopping) guide\b|\bgifts? for\b|\btop \d+\b/iu;
const DEALS_TITLE =
  /\bdeals\b|\bbest deal\b|\bdeal of the day\b|\b\d+% off\b|\bcoupons?\b|\bpromo codes?\b|\bsales? (?:on|event)\b/iu;
// A reviewer's own testing, or a verdict: how a review reads, whatever it reviews.
const EVALUATION =
  /\b(?:we|i) (?:tested|tried|used|spent|wore|ran|played|watched|drove)\b|\b(?:verdict|pros and cons|our rating|out of (?:5|five|10|ten)|stars?\b.{0,20}\brating)\b|\bin (?:our|my) testing\b/iu;
const DISCLOSURE =
  /\bwe may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|compensation|share)|\baffiliate (?:links?|commission|disclosure|partnerships?)|\bindependently (?:reviewed|selected|chosen)|\bbought (?:it|them|this) with our own money|\bsupports? us\b.*\bcommission|\bearn (?:a )?commission\b/iu;
// A deals page lists offers: at least this many blocks with a shop price or an offer, and this share of the text.
const MIN_OFFER_BLOCKS = 3;
const MIN_OFFER_SHARE = 0.3;
// Disclosed affiliate content: paid links in at least this many blocks.
const MIN_PAID_LINK_BLOCKS = 3;
// A list: at least this many list items or headings.
const MIN_LIST_ENTRIES = 3;

/**
 * What kind of page this is. A page whose whole subject is a product (a review, a buying guide, a deals page,
 * disclosed affiliate content) is commercial by genre: its sentences are not adverts injected into news. The
 * title proposes a genre and the body must confirm it, so a news story with a review box, or a news title with
 * "review" in it ("Ministers order review of…"), stays news.
 */
export function detectGenre(article: Article): ArticleGenre {
  const text = article.blocks.filter((block) => block.kind !== 'heading');
  // Looked for only when the title or paid links make it matter: it reads the whole text.
  let disclosure: boolean | undefined;
  const disclosed = () => (disclosure ??= article.blocks.some((block) => DISCLOSURE.test(block.text)));
  if (REVIEW_TITLE.test(article.title) && (disclosed() || text.some((block) => EVALUATION.test(block.text))))
    return 'review';
  if (GUIDE_TITLE.test(article.title) && (disclosed() || isList(article.blocks))) {
    const shopping = disclosed() || paidLinkBlocks(article.blocks) > 0 || offerBlocks(text) > 0;
    return shopping ? 'buying-guide' : 'review';
  }
  if (DEALS_TITLE.test(article.title)) {
    const offers = offerBlocks(text);
    if (offers >= MIN_OFFER_BLOCKS && offers >= MIN_OFFER_SHARE * text.length) return 'deals';
  }
  if (paidLinkBlocks(article.blocks) >= MIN_PAID_LINK_BLOCKS && disclosed()) return 'affiliate';
  return 'news';
}

function isList(blocks: readonly ArticleBlock[]): boolean {
  const entries = blocks.filter((block) => block.kind === 'list-item' || block.kind === 'heading');
  return (
    entries.length >= MIN_LIST_ENTRIES ||
    blocks.filter((block) => /^\d+[.)]\s/.test(block.text)).length >= MIN_LIST_ENTRIES
  );
}

// Offers a shopper can act on ("20% off", "save $30"): the word "deal" alone is as often a treaty as a bargain.
const SHOP_OFFER = /\b\d+\s?% off\b|\bsave (?:up to )?[$€£\d]|\bwas [$€£]\d/iu;

function offerBlocks(blocks: readonly ArticleBlock[]): number {
  return blocks.filter((block) => countRetailPrices(block.text) > 0 || SHOP_OFFER.test(block.text)).length;
}

function paidLinkBlocks(blocks: readonly ArticleBlock[]): number {
  return blocks.filter((block) => block.links.some((link) => classifyLink(link.href, link.rel) !== null))
    .length;
}
