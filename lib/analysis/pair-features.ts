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
  'softPageCoverage',
  'softReferenceCoverage',
] as const;

/** What a sentence weighs, computed once per sentence and comparison: a sentence meets many others. */
interface Profile {
  weight: number;
  content: number;
  clauses: { terms: number[]; weight: number }[];
  bigrams: Set<number>;
  /** Content terms (not names) with their weight and related content terms (see SentenceView.related). */
  terms: { term: number; weight: number; related: [number, number][] }[];
  /** Related content terms of the sentence's content terms, each with its best similarity. */
  near: Map<number, number>;
}

const profiles = new WeakMap<TermStats, WeakMap<SentenceView, Profile>>();

function profileOf(view: SentenceView, stats: TermStats): Profile {
  let cache = profiles.get(stats);
  if (!cache) {
    cache = new WeakMap();
    profiles.set(stats, cache);
  }
  let profile = cache.get(view);
  if (profile) return profile;
  let weight = 0;
  let content = 0;
  for (const term of view.termSet) {
    const w = stats.weight(term);
    weight += w;
    if (!stats.isName(term)) content += w;
  }
  const clauses: Profile['clauses'] = [];
  for (let index = 0; index < view.clauseStarts.length; index++) {
    const terms = [
      ...new Set(
        view.seq.slice(view.clauseStarts[index] ?? 0, view.clauseStarts[index + 1] ?? view.seq.length),
      ),
    ];
    if (terms.length < 3) continue;
    clauses.push({ terms, weight: terms.reduce((sum, term) => sum + stats.weight(term), 0) });
  }
  const bigrams = new Set<number>();
  for (let i = 1; i < view.seq.length; i++)
    bigrams.add((view.seq[i - 1] ?? 0) * 4_194_304 + (view.seq[i] ?? 0));
  const terms: Profile['terms'] = [];
  const near = new Map<number, number>();
  const relatedIds = view.related?.();
  for (const term of view.termSet) {
    if (stats.isName(term)) continue;
    const related = (relatedIds?.get(term) ?? []).filter(([other]) => !stats.isName(other));
    terms.push({ term, weight: stats.weight(term), related });
    for (const [other, similarity] of related) {
      if (similarity > (near.get(other) ?? 0)) near.set(other, similarity);
    }
  }
  profile = { weight, content, clauses, bigrams, terms, near };
  cache.set(view, profile);
  return profile;
}

/**
 * Features of a (page sentence, reference sentence) pair, each in [-1, 1]. Shared names count apart from
 * shared content words, so that two sentences about "Trump" and "Putin" saying different things stay apart.
 */
export function pairFeatures(a: SentenceView, b: SentenceView, stats: TermStats): number[] {
  const left = profileOf(a, stats);
  const right = profileOf(b, stats);
  let shared = 0;
  let sharedContent = 0;
  let sharedContentCount = 0;
  const [small, large] = a.termSet.size <= b.termSet.size ? [a.termSet, b.termSet] : [b.termSet, a.termSet];
  for (const term of small) {
    if (!large.has(term)) continue;
    const weight = stats.weight(term);
    shared += weight;
    if (!stats.isName(term)) {
      sharedContent += weight;
      sharedContentCount++;
    }
  }
  let common = 0;
  const [fewer, more] =
    left.bigrams.size <= right.bigrams.size ? [left.bigrams, right.bigrams] : [right.bigrams, left.bigrams];
  for (const bigram of fewer) if (more.has(bigram)) common++;
  const bigrams =
    left.bigrams.size && right.bigrams.size ? (2 * common) / (left.bigrams.size + right.bigrams.size) : 0;
  const lengthRatio = Math.min(a.termSet.size, b.termSet.size) / Math.max(1, a.termSet.size, b.termSet.size);
  return [
    Math.min(1, shared / Math.max(left.weight, 1e-9)),
    Math.min(1, shared / Math.max(right.weight, 1e-9)),
    Math.min(1, sharedContent / Math.max(Math.min(left.content, right.content), 1e-9)),
    Math.min(sharedContentCount, 6) / 6,
    bigrams,
    figureAgreement(a.quantities, b.quantities),
    lengthRatio,
    shared > 0 && sharedContentCount === 0 ? 1 : 0,
    sharedContentCount < 2
      ? 0
      : Math.max(bestClauseCoverage(left, b, stats), bestClauseCoverage(right, a, stats)),
    Math.min(1, softOverlap(left, right, b) / Math.max(left.weight, 1e-9)),
    Math.min(1, softOverlap(right, left, a) / Math.max(right.weight, 1e-9)),
  ];
}

/**
 * The weight of this sentence's content terms that the other sentence does not use but says in a related word
 * ("guarantees" / "assurances"), each times the similarity of the closest. Names never count: "Trump" is not
 * restated by "Obama". The relation is read from whichever side carries it.
 */
function softOverlap(profile: Profile, other: Profile, otherView: SentenceView): number {
  let total = 0;
  for (const { term, weight, related } of profile.terms) {
    if (otherView.termSet.has(term)) continue;
    let best = other.near.get(term) ?? 0;
    for (const [near, similarity] of related) {
      if (similarity > best && otherView.termSet.has(near)) best = similarity;
    }
    total += weight * best;
  }
  return total;
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

/**
 * How fully the other sentence restates one clause of this one (weighted share of the clause's terms), best
 * clause taken. Facts are often a clause of a long sentence; clauses with fewer than three terms, or covered
 * by fewer than two content words, do not count.
 */
function bestClauseCoverage(profile: Profile, other: SentenceView, stats: TermStats): number {
  let best = 0;
  for (const clause of profile.clauses) {
    let covered = 0;
    let contentCount = 0;
    for (const term of clause.terms) {
      if (!other.termSet.has(term)) continue;
      covered += stats.weight(term);
      if (!stats.isName(term)) contentCount++;
    }
    if (contentCount >= 2) best = Math.max(best, covered / clause.weight);
  }
  return best;
}
