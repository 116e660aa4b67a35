const QUOTED = /[“"]([^”"]*)[”"]|‘([^’]{12,})’/g;
// Every quotation opens with one of these: most sentences have none, and need not be searched for quotations.
const OPENING = /[“"‘]/;

/** Share of a sentence's characters that stand inside quotation marks: quoted speech is reported, not sold. */
export function quotedShare(sentence: string): number {
  if (!sentence || !OPENING.test(sentence)) return 0;
  let quoted = 0;
  for (const match of sentence.matchAll(QUOTED)) quoted += match[0].length;
  // An opening quote that the sentence splitter separated from its closing one.
  if (quoted === 0 && /^[“"‘]/.test(sentence)) return 1;
  return Math.min(1, quoted / sentence.length);
}

/** The sentence without its quoted parts, so signals judge the writer's own words. */
export function withoutQuotes(sentence: string): string {
  return OPENING.test(sentence) ? sentence.replace(QUOTED, ' ') : sentence;
}
