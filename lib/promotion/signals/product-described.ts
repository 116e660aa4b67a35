import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';
import { novelNames } from './product-naming.ts';

// A name, then what it is and does in the timeless present: "Red Bull, the energy drink that keeps…", "…Hydro
// Flask, whose double-wall insulation keeps…". Past tenses and "is/has/says" are left to the reporting; a word in -s
// followed by "were" or "are" is a plural noun ("whose full rights were"), not the verb.
// Matched right after the name, or after the name and the thing it is ("…Rambler mug, which keeps…").
const DESCRIBED =
  /(?:\s+[a-z-]+){0,2}(?:,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,4})?,?\s*(?:that|which|whose(?:\s+[\w-]+){1,3})\s+(?:\w+ly\s+)?(?!(?:is|was|has|says|does)\b)[a-z]{3,}s\b(?!\s+(?:were|are|was|is|have|had|been)\b)/uy;
// A page counts as reporting when most of its sentences tell what happened.
const MIN_PAST_TENSE_SHARE = 0.5;

/**
 * A brand the story never mentions, described by what it does for people, in the present tense, on a page that
 * reports what happened: "…Red Bull, the energy drink that keeps people sharp…", "A Braun ThermoScan thermometer
 * gives parents fast, accurate readings". News introduces a company by its part in events; a plug, by its
 * qualities. On the fit halves: with a novel name, 14 of 592 webis advert sentences and 7 of 1,164 BASIL news
 * sentences have such a clause; the gate on reporting pages keeps it off answers and guides, which are all present
 * tense.
 */
export const productDescribed: Signal = {
  id: 'product-described',
  reason: 'describes what a product does for people, in a story that does not otherwise mention it',
  measure(context) {
    if (context.profile.pastTenseShare < MIN_PAST_TENSE_SHARE) return 0;
    const text = context.ownWords;
    return novelNames(context).some((name) => describedAfter(text, text.indexOf(name) + name.length)) ? 1 : 0;
  },
};

/** Whether the words after a name (at `end`) say what it is and does, or what it gives people. */
function describedAfter(text: string, end: number): boolean {
  DESCRIBED.lastIndex = end;
  return DESCRIBED.test(text) || lexicon.servesPeople.test(text.slice(end).toLowerCase());
}
