import type { Article } from '../article.ts';

const REVIEW_TITLE =
  /\breview(?:s|ed)?\b|\bhands-on\b|\bbuying guide\b|\bwe tested\b|\btested and rated\b|\bbest\b.+\b(?:of|for|in|under)\b/iu;
const DISCLOSURE =
  /\bwe may (?:earn|receive) (?:a )?(?:commission|compensation)|\baffiliate (?:links?|commission|disclosure)|\bindependently (?:reviewed|selected|chosen)|\bbought (?:it|them|this) with our own money|\bsupports? us\b.*\bcommission/iu;

/**
 * A product review or buying guide that discloses its commercial links: commercial by nature, but the product is
 * the article's subject, not an advert injected into news — so no passage of it is reported.
 */
export function isDisclosedReviewPage(article: Article): boolean {
  if (!REVIEW_TITLE.test(article.title)) return false;
  return article.blocks.some((block) => DISCLOSURE.test(block.text));
}
