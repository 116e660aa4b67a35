import { comparableKinds, sameQuantity, type Quantity } from '../text/numbers.ts';
import type { SentenceView } from './sentence-view.ts';

/** What the matcher needs to know about terms: how informative each is, and whether it is a name. */
export interface TermStats {
  weight(term: number): number;
  isName(term: number): boolean;
}

export const FEATURE_NAMES = [
  'pageCoverage',
  'referenceCoverage',
  'contentCoverage',
  'sharedContentTerms',
  'bigramDice',
  'figures',
  'lengthRatio',
  'nameOnly',
  'clauseCoverage',
] as const;

/**
 * Features of a (page sentence, reference sentence) pair, each in [-1, 1]. Shared names count apart from
 * shared content words, so that two sentences about "Trump" and "Putin" saying different things stay apart.
 */
export function pairFeatures(a: SentenceView, b: SentenceView, stats: TermStats): number[] {
  let weightA = 0;
  let contentA = 0;
  for (const term of a.termSet) {
    const weight = stats.weight(term);
    weightA += weight;
    if (!stats.isName(term)) contentA += weight;
  }
  let weightB = 0;
  let contentB = 0;
  let shared = 0;
  let sharedContent = 0;
  let sharedContentCount = 0;
  for (const term of b.termSet) {
    const weight = stats.weight(term);
    weightB += weight;
    const name = stats.isName(term);
    if (!name) contentB += weight;
    if (a.termSet.has(term)) {
      shared += weight;
      if (!name) {
        sharedContent += weight;
        sharedContentCount++;
      }
    }
  }
  const bigrams = bigramDice(a.seq, b.seq);
  const lengthRatio = Math.min(a.termSet.size, b.termSet.size) / Math.max(1, a.termSet.size, b.termSet.size);
  return [
    shared / Math.max(weightA, 1e-9),
    shared / Math.max(weightB, 1e-9),
    sharedContent / Math.max(Math.min(contentA, contentB), 1e-9),
    Math.min(sharedContentCount, 6) / 6,
    bigrams,
    figureAgreement(a.quantities, b.quantities),
    lengthRatio,
    shared > 0 && sharedContentCount === 0 ? 1 : 0,
    Math.max(bestClauseCoverage(a, b, stats), bestClauseCoverage(b, a, stats)),
  ];
}

/**
 * How fully the other sentence restates one clause of this one (weighted share of the clause's content terms),
 * best clause taken. Facts are often a clause of a long sentence; clauses with fewer than three content
 * terms, or covered by names alone, do not count.
 */
function bestClauseCoverage(a: SentenceView, b: SentenceView, stats: TermStats): number {
  let best = 0;
  for (let index = 0; index < a.clauseStarts.length; index++) {
    const from = a.clauseStarts[index] ?? 0;
    const to = a.clauseStarts[index + 1] ?? a.seq.length;
    const clause = new Set(a.seq.slice(from, to));
    let total = 0;
    let covered = 0;
    let content = 0;
    let contentCount = 0;
    for (const term of clause) {
      const weight = stats.weight(term);
      total += weight;
      if (!b.termSet.has(term)) continue;
      covered += weight;
      if (!stats.isName(term)) {
        content += weight;
        contentCount++;
      }
    }
    if (clause.size < 3 || contentCount < 2 || content === 0) continue;
    best = Math.max(best, covered / total);
  }
  return best;
}

/** +1 when the two sentences state a figure in common, -1 when they state comparable figures that all differ. */
export function figureAgreement(a: Quantity[], b: Quantity[]): number {
  let comparable = false;
  for (const x of a) {
    for (const y of b) {
      if (sameQuantity(x, y)) return 1;
      if (comparableKinds(x, y)) comparable = true;
    }
  }
  return comparable ? -1 : 0;
}

function bigramDice(a: number[], b: number[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const left = new Set<string>();
  for (let i = 1; i < a.length; i++) left.add(`${a[i - 1]} ${a[i]}`);
  const right = new Set<string>();
  for (let i = 1; i < b.length; i++) right.add(`${b[i - 1]} ${b[i]}`);
  let common = 0;
  for (const bigram of right) if (left.has(bigram)) common++;
  return (2 * common) / (left.size + right.size);
}
