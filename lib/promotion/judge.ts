import type { Article } from '../article.ts';
import { measureCandidates } from './candidates.ts';
import { ASKING_CUES, hasAnyCue } from './cue-groups.ts';
import { measureArticle, SIGNAL_IDS, type ScoredSentence } from './features.ts';
import { isSiteFurniture } from './furniture.ts';
import { probability, type PromotionModel } from './model.ts';
import type { Judged } from './passages.ts';
import { countWords } from '../text/whitespace.ts';
import { quotedShare } from './text/quotes.ts';
import type { ReferenceNames } from './reference-names.ts';

// Mostly quoted sentences report speech; they are never adverts however they sound.
const MAX_QUOTED_SHARE = 0.5;
// A "sentence" longer than this is an unsplit list or run-on block: its word counts would add up to nonsense.
const MAX_SENTENCE_WORDS = 90;

/** Scores every sentence of the article's running text; excluded sentences (see isExcluded) score 0. */
export function judgeArticle(
  article: Article,
  model: PromotionModel,
  references?: ReferenceNames,
): Judged[][] {
  return measureArticle(article, references).map((sentences) =>
    sentences.map((sentence) => judged(sentence, model)),
  );
}

/**
 * The same scores for the blocks that may hold a promotion (candidates.ts); the other blocks are left empty. What
 * choosePassages reports from them is what it reports from judgeArticle's.
 */
export function judgeCandidates(
  article: Article,
  model: PromotionModel,
  references?: ReferenceNames,
): Judged[][] {
  return measureCandidates(article, model, references).map((sentences) =>
    sentences.map((sentence) => judged(sentence, model)),
  );
}

function judged(sentence: ScoredSentence, model: PromotionModel): Judged {
  return { sentence, score: isExcluded(sentence) ? 0 : probability(model, SIGNAL_IDS, sentence.values) };
}

const AFFILIATE_LINK = SIGNAL_IDS.indexOf('affiliate-link');
const PRICE_OFFER = SIGNAL_IDS.indexOf('price-offer');
const COUPON_CODE = SIGNAL_IDS.indexOf('coupon-code');
const ABOUT_A_PERSON = SIGNAL_IDS.indexOf('about-a-person');

/**
 * Quotations, the site's own furniture, run-on blocks and praise of a person that asks nothing of the reader (an
 * obituary, a profile: 2 of 591 webis advert sentences are about a person) are never judged.
 */
export function isExcluded(sentence: ScoredSentence): boolean {
  const value = (place: number) => sentence.values[place] ?? 0;
  const paidCue = value(AFFILIATE_LINK) > 0 || value(PRICE_OFFER) > 0 || value(COUPON_CODE) > 0;
  const personOnly = value(ABOUT_A_PERSON) > 0 && !hasAnyCue(SIGNAL_IDS, sentence.values, ASKING_CUES);
  const text = sentence.context.sentence.text;
  return (
    quotedShare(text) >= MAX_QUOTED_SHARE ||
    countWords(text) > MAX_SENTENCE_WORDS ||
    personOnly ||
    isSiteFurniture(sentence.context, paidCue)
  );
}
