import lists from './data/lexicon.json';
import { compileList } from './text/patterns.ts';

const words = (entries: readonly string[]) => compileList(entries.map((entry) => `\\b${entry}\\b`));

/** The word lists of data/lexicon.json, compiled once. */
export const lexicon = {
  callToAction: words(lists.callToAction),
  imperativeOpener: new RegExp(`^[“"‘]?(?:${lists.imperativeOpeners.join('|')})\\b`, 'iu'),
  offers: compileList(lists.offers),
  couponCodes: compileList(lists.couponCodes, 'gu'),
  label: new RegExp(`^(?:${lists.labels.join('|')})[\\s.:!|–—-]*$`, 'iu'),
  labelPrefix: new RegExp(`^(?:${lists.labels.join('|')})\\s*[:|–—-]\\s`, 'iu'),
  closingPlug: compileList(lists.closingPlug),
  audience: words(lists.audience),
  praise: words(lists.praise),
  reporting: words(lists.reporting),
  furniture: words(lists.furniture),
  segue: words(lists.segue),
  hookQuestion: new RegExp(`^(?:${lists.hookQuestion.join('|')})`, 'iu'),
};
