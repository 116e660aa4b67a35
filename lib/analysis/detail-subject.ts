import type { SentenceDetail } from '../corpus/corpus.ts';

/** How strongly two details are about the same thing: the same head noun ("crowd" and "crowd"), else the words
 * around them, a shared name counting double ("Whitlock scored the winner"). */
export interface SubjectMatch {
  /** Both name what they count and the names differ ("homes" and "votes"): about different things. */
  different: boolean;
  /** Enough in common to be the same subject without the rest of the sentences agreeing. */
  same: boolean;
  score: number;
}

/** Overlap (names count double) needed for two details to be about the same subject. */
const SAME_SUBJECT = 3;

export function subjectMatch(
  a: SentenceDetail,
  b: SentenceDetail,
  isName: (term: number) => boolean,
): SubjectMatch {
  const heads = new Set(a.head);
  const sharedHead = b.head.some((term) => heads.has(term));
  const context = new Set(a.context);
  let score = 0;
  let content = 0;
  for (const term of new Set(b.context)) {
    if (!context.has(term)) continue;
    if (isName(term)) score += 2;
    else {
      score += 1;
      content++;
    }
  }
  if (sharedHead) return { different: false, same: true, score: score + SAME_SUBJECT };
  const different = a.head.length > 0 && b.head.length > 0;
  // Names alone ("Trump", "Putin") are shared by every sentence of a story: something said must be shared too.
  return { different, same: !different && score >= SAME_SUBJECT && content >= 1, score };
}
