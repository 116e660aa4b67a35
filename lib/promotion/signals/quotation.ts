import { quotedShare } from '../text/quotes.ts';
import type { Signal } from '../types.ts';

/** Quoted speech: a negative cue, since a quotation reports what someone said. */
export const quotation: Signal = {
  id: 'quotation',
  reason: 'is quoted speech',
  measure({ sentence }) {
    return quotedShare(sentence.text);
  },
};
