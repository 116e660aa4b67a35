// A verb in the past: what reporting is written in ("was", "said", "reopened"). Lower-cased text.
const PAST = /\b(?:was|were|had|said|told|[a-z]{3,}ed)\b/;

/** Whether a sentence tells something in the past tense (matched on lower-cased text). */
export function inPastTense(lower: string): boolean {
  return PAST.test(lower);
}
