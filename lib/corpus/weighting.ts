/** Inverse document frequency, smoothed so that it stays positive in a corpus of a handful of articles. */
export function docIdf(docCount: number, df: number): number {
  return Math.log(1 + (docCount + 1) / (df + 0.5));
}

/** Sublinear term frequency: the tenth mention of a word adds little. */
export function tfWeight(tf: number): number {
  return 1 + Math.log(tf);
}
