/** A quotation inside a sentence: the quoted words and where they stand. */
export interface QuoteSpan {
  text: string;
  start: number;
  end: number;
}

const QUOTED = /[“"]([^”"]{12,})[”"]/g;

/** Quotations of at least a few words ("a 10" is a figure, not a quote worth attributing). */
export function quotesOf(sentence: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const inner = match[1] ?? '';
    if (inner.trim().split(/\s+/).length < 3) continue;
    const start = (match.index ?? 0) + 1;
    spans.push({ text: inner, start, end: start + inner.length });
  }
  return spans;
}
