import type { SentenceContext } from '../types.ts';

/**
 * Where a sentence stands in its passage and how it joins the sentence before: context the model weighs beside the
 * signals. Not a cue of advertising by itself, so it has no reason in plain words and is never named in a report.
 */
export interface PlacementFeature {
  id: string;
  measure(context: SentenceContext): number;
}
