import type { SentenceSpan } from '../../text/sentences.ts';

// Two sentences run together where a full stop was lost (a dropped citation mark, a stripped line break): a
// lower-case word, then a capitalised word that opens sentences, then a lower-case word ("…a Maybach variant The
// prices start…"). A name that starts with one ("told The Washington Post") is left alone: none in BASIL news splits.
const GLUE = /(?<=[\p{Ll}\d)%]) (?=(?:The|They|Their|It|Its|This|These|You|Your) \p{Ll})/gu;
// What every glue point holds, found fast: most sentences have none, and the full pattern tries every space.
const MAY_BE_GLUED = / (?:The|They|Their|It|Its|This|These|You|Your) /;
// Both parts must read as sentences of their own, which also leaves titles of works ("starring in The Crown") alone.
const MIN_PART_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Splits each sentence where two sentences were glued without a full stop; other sentences are kept as they are. */
export function splitGlued(sentences: readonly SentenceSpan[]): SentenceSpan[] {
  return sentences.flatMap((sentence) => {
    if (!MAY_BE_GLUED.test(sentence.text)) return [sentence];
    const parts: SentenceSpan[] = [];
    let start = 0;
    for (const match of sentence.text.matchAll(GLUE)) {
      const cut = match.index ?? 0;
      const before = sentence.text.slice(start, cut);
      if (wordCount(before) < MIN_PART_WORDS || wordCount(sentence.text.slice(cut + 1)) < MIN_PART_WORDS)
        continue;
      parts.push({ text: before, start: sentence.start + start, end: sentence.start + cut });
      start = cut + 1;
    }
    if (start === 0) return [sentence];
    parts.push({ text: sentence.text.slice(start), start: sentence.start + start, end: sentence.end });
    return parts;
  });
}
