/** A sentence of a block: its text and where it stands in the block's text. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// PLACEHOLDER (to be replaced by the engine work): Intl.Segmenter splits after "Mr." and initials.
export function splitSentences(text: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim()) spans.push({ text: trimmed.trim(), start: index + lead, end: index + trimmed.length });
  }
  return spans;
}
