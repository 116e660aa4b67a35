/**
 * What a story grouping compares: one sparse vector per article (or page), tf-idf over its words, with its title
 * and lead counted apart so that the event an article leads with weighs as much as the topic of its whole text.
 * Articles on the same topic share vocabulary throughout; articles on the same event share it in the lead.
 */

/** A sparse vector, L2-normalised: term id → weight. */
export type StoryVector = Map<number, number>;

// Measured on BASIL (same event, three outlets, against 50 other events) and the dev sets (each domain's story A
// against story B, same names, days apart): names, the lead and a long vector separate events best.
/** Terms kept per vector: enough to tell events apart, few enough to keep a large library's grouping cheap. */
export const VECTOR_TERMS = 200;
/** Share of the lead (title and first sentences) in the vector; the rest is the whole text. */
export const LEAD_SHARE = 0.3;
/** Names (people, places, organisations) say which event more than other words do. */
export const NAME_WEIGHT = 2.5;
/** Sentences of the lead. */
export const LEAD_SENTENCES = 3;

export interface TermCounts {
  /** Term ids of the whole text (title included), repeats kept. */
  whole: Iterable<number>;
  /** Term ids of the title and lead sentences. */
  lead: Iterable<number>;
}

/** The story vector of a text, given each term's inverse document frequency. */
export function storyVector(
  counts: TermCounts,
  idf: (term: number) => number,
  isName: (term: number) => boolean,
): StoryVector {
  const weight = (term: number) => idf(term) * (isName(term) ? NAME_WEIGHT : 1);
  const whole = normalised(tfIdf(counts.whole, weight));
  const lead = normalised(tfIdf(counts.lead, weight));
  const blended = new Map<number, number>();
  for (const [term, weight] of whole) blended.set(term, (1 - LEAD_SHARE) * weight);
  for (const [term, weight] of lead) blended.set(term, (blended.get(term) ?? 0) + LEAD_SHARE * weight);
  const top = [...blended].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, VECTOR_TERMS);
  return normalised(new Map(top));
}

export function cosine(a: StoryVector, b: StoryVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/** Adds `vector` times `factor` into `sum` (a story's centroid is the sum of its members' vectors). */
export function addInto(sum: Map<number, number>, vector: StoryVector, factor = 1): void {
  for (const [term, weight] of vector) {
    const next = (sum.get(term) ?? 0) + factor * weight;
    if (Math.abs(next) < 1e-12) sum.delete(term);
    else sum.set(term, next);
  }
}

/** Cosine of a vector with the (unnormalised) sum of several. */
export function cosineWithSum(vector: StoryVector, sum: Map<number, number>): number {
  let norm = 0;
  for (const weight of sum.values()) norm += weight * weight;
  if (norm === 0) return 0;
  return cosine(vector, sum) / Math.sqrt(norm);
}

function tfIdf(terms: Iterable<number>, idf: (term: number) => number): Map<number, number> {
  const tf = new Map<number, number>();
  for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
  const vector = new Map<number, number>();
  for (const [term, count] of tf) {
    const weight = (1 + Math.log(count)) * idf(term);
    if (weight > 0) vector.set(term, weight);
  }
  return vector;
}

function normalised(vector: Map<number, number>): StoryVector {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  norm = Math.sqrt(norm);
  if (norm === 0) return vector;
  const result = new Map<number, number>();
  for (const [term, weight] of vector) result.set(term, weight / norm);
  return result;
}
