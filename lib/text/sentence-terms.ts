import { quantitiesOf, type Quantity } from './numbers.ts';
import { quotesOf } from './quotes.ts';
import { termOf } from './terms.ts';
import { tokenize, type Token } from './tokens.ts';

/** What the engine reads from one sentence. */
export interface SentenceTerms {
  /** Content terms in reading order (repeats kept, figures left out: they are compared as quantities). */
  sequence: string[];
  quantities: Quantity[];
  /** Terms outside quotation marks that are written as names: who the sentence attributes a quote to. */
  speakers: string[];
  /** Content terms inside quotation marks. */
  quoted: string[];
  tokens: Token[];
  /** Where each clause starts in `sequence` (the first is 0): facts are often stated in one clause. */
  clauseStarts: number[];
}

// Clause boundaries: punctuation, and conjunctions or relative words that open a new proposition.
const CLAUSE_BREAK = /[,;:—–()]/;
const CLAUSE_WORDS = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'which',
  'who',
  'where',
  'after',
  'before',
  'because',
  'since',
  'as',
  'with',
  'amid',
  'following',
]);

export function sentenceTerms(text: string): SentenceTerms {
  const tokens = tokenize(text);
  const quotes = quotesOf(text);
  const inQuote = (token: Token) =>
    quotes.some((quote) => token.start >= quote.start && token.end <= quote.end);
  const sequence: string[] = [];
  const quoted: string[] = [];
  const speakers: string[] = [];
  const clauseStarts = [0];
  let previousEnd = 0;
  tokens.forEach((token, index) => {
    const gap = text.slice(previousEnd, token.start);
    previousEnd = token.end;
    const last = clauseStarts[clauseStarts.length - 1] ?? 0;
    if ((CLAUSE_BREAK.test(gap) || CLAUSE_WORDS.has(token.lower)) && sequence.length - last >= 2) {
      clauseStarts.push(sequence.length);
    }
    const term = termOf(token);
    if (!term || /^\d/.test(term)) return;
    sequence.push(term);
    if (inQuote(token)) quoted.push(term);
    else if (token.capitalized && index > 0 && quotes.length > 0) speakers.push(term);
  });
  // A trailing clause too short to state anything joins the one before it.
  if (clauseStarts.length > 1 && sequence.length - (clauseStarts[clauseStarts.length - 1] ?? 0) < 2)
    clauseStarts.pop();
  return { sequence, quantities: quantitiesOf(text), speakers, quoted, tokens, clauseStarts };
}
