import type { SentenceDetail } from '../corpus/corpus.ts';

/** How far two details are about the same thing: the head noun they count or measure ("crowd" and "crowd"),
 * and the words around them. */
export interface SubjectMatch {
  /** Both name what they count and the names differ ("homes" and "votes"): about different things. */
  different: boolean;
  sharedHead: boolean;
  /** Terms the two contexts share, the head left out: content words, and names. */
  sharedContent: number;
  sharedNames: number;
}

export function subjectMatch(
  a: SentenceDetail,
  b: SentenceDetail,
  isName: (term: number) => boolean,
  /** Are two terms close in meaning ("homes", "households")? Related heads are not different subjects. */
  related: (x: number, y: number) => boolean = () => false,
): SubjectMatch {
  const heads = new Set(a.head);
  const sharedHead = b.head.some((term) => heads.has(term));
  const context = new Set(a.context);
  let sharedContent = 0;
  let sharedNames = 0;
  for (const term of new Set(b.context)) {
    if (!context.has(term) || heads.has(term)) continue;
    if (isName(term)) sharedNames++;
    else sharedContent++;
  }
  const different =
    !sharedHead &&
    a.head.length > 0 &&
    b.head.length > 0 &&
    !a.head.some((x) => b.head.some((y) => related(x, y)));
  return { different, sharedHead, sharedContent, sharedNames };
}

/** Weight of the shared context, for ranking the statements of one subject. */
export function subjectScore(match: SubjectMatch): number {
  return (match.sharedHead ? 3 : 0) + match.sharedContent + match.sharedNames;
}
