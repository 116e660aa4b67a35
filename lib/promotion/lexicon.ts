import lists from './data/lexicon.json';
import { compileList } from './text/patterns.ts';
import { WordMatcher } from './text/word-matcher.ts';

// Lower-cased once by the matcher, so the patterns need no case-insensitive flag (much faster in V8).
const words = (entries: readonly string[]) => new WordMatcher(entries);

/** The word lists of data/lexicon.json, compiled once. */
export const lexicon = {
  callToAction: words(lists.callToAction),
  imperativeOpener: new RegExp(`^[“"‘]?(?:${lists.imperativeOpeners.join('|')})\\b`, 'iu'),
  // Matched on lower-cased text.
  offers: compileList(lists.offers, 'g'),
  couponCodes: compileList(lists.couponCodes, 'gu'),
  label: new RegExp(`^(?:${lists.labels.join('|')})[\\s.:!|–—-]*$`, 'iu'),
  labelPrefix: new RegExp(`^(?:${lists.labels.join('|')})\\s*[:|–—-]\\s`, 'iu'),
  // Matched on lower-cased text.
  closingPlug: compileList(lists.closingPlug, 'g'),
  audience: words(lists.audience),
  praise: words(lists.praise),
  reporting: words(lists.reporting),
  furniture: words(lists.furniture),
  segue: words(lists.segue),
  hookQuestion: new RegExp(`^(?:${lists.hookQuestion.join('|')})`, 'iu'),
  // Matched on lower-cased text.
  audienceOpening: new RegExp(lists.audienceOpening),
  adviceVerbs: compileList(
    lists.adviceVerbs.map((entry) => `\\b${entry}\\b`),
    'g',
  ),
  // Matched on lower-cased text: a product giving, keeping or letting people something ("gives parents fast readings").
  servesPeople: new RegExp(
    `\\b(?:give|keep|let|help|allow|spare)s? (?:\\w+ )?(?:${lists.beneficiaries.join('|')})\\b`,
  ),
  benefit: compileList(
    lists.benefit.map((entry) => `\\b${entry}\\b`),
    'g',
  ),
};
