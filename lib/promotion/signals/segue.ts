import { lexicon } from '../lexicon.ts';
import type { Signal } from '../types.ts';

/** A bridge that steers from the topic to something else ("speaking of…", "much like…", "akin to…"): how adverts get woven in. */
export const segue: Signal = {
  id: 'segue',
  reason: 'steers away from the story to something else',
  measure({ ownWords }) {
    return lexicon.segue.count(ownWords) > 0 ? 1 : 0;
  },
};
