import { cosine, type StoryVector } from './vectors.ts';

/** Pairs compared at most: the median of a large corpus is well estimated from a sample. */
const SAMPLE_PAIRS = 2_000;

/**
 * How similar two articles of the corpus typically are: the median cosine over its pairs (a fixed sample of them
 * in a large corpus). High in a corpus on one topic, low in a corpus of many.
 */
export function backgroundSimilarity(vectors: StoryVector[]): number {
  return sampledBackground(vectors.length, SAMPLE_PAIRS, (index) => vectors[index]!);
}

/**
 * The median cosine over a sample of pairs (all of them when few), reading only the vectors the sample needs (a library opened in the
 * popup: a few hundred articles' vectors rather than all of them).
 */
export function sampledBackground(
  count: number,
  pairs: number,
  vectorOf: (index: number) => StoryVector,
): number {
  const values: number[] = [];
  if ((count * (count - 1)) / 2 <= pairs) {
    for (let a = 0; a < count; a++)
      for (let b = a + 1; b < count; b++) values.push(cosine(vectorOf(a), vectorOf(b)));
  } else {
    // A fixed pseudo-random sample (Park–Miller), so that a build is reproducible.
    let state = 1;
    const next = () => (state = (state * 48_271) % 2_147_483_647);
    while (values.length < pairs) {
      const a = next() % count;
      const b = next() % count;
      if (a !== b) values.push(cosine(vectorOf(a), vectorOf(b)));
    }
  }
  if (values.length === 0) return 0;
  values.sort((x, y) => x - y);
  return values[Math.floor(values.length / 2)]!;
}
