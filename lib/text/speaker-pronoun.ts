import speakerTitleData from './lexicon/speaker-titles.json';
import { quotesOf } from './quotes.ts';
import { termOf } from './terms.ts';
import { tokenize, type Token } from './tokens.ts';

// "…," she said. / "…," he told reporters. / said she: a quotation given to someone by a pronoun.
const PRONOUN_ATTRIBUTION =
  /\b(?:(?:he|she|they)\s+(?:said|says|added|told|explained|insisted|warned|stressed|argued|admitted|noted)|(?:said|says|added)\s+(?:he|she))\b/i;

const TITLES = new Set(speakerTitleData.words);

/** Does the sentence give its quotation to a pronoun ("'The red card killed us,' she said")? */
export function quotesByPronoun(text: string): boolean {
  const quotes = quotesOf(text);
  if (quotes.length === 0) return false;
  let outside = '';
  let from = 0;
  for (const quote of quotes) {
    outside += text.slice(from, Math.max(from, quote.start - 1)) + ' ';
    from = quote.end + 1;
  }
  outside += text.slice(from);
  return PRONOUN_ATTRIBUTION.test(outside);
}

/** The person a sentence names, as the one a following "she said" points to: a run of two or more capitalised
 * words after a lower-case title ("Ashcombe manager Sian Caldwell was unhappy"), else the first such run that
 * does not open the sentence's quotation. The words as written, and their terms. */
export function namedPerson(text: string): { name: string; terms: string[] } | null {
  const tokens = tokenize(text);
  const quotes = quotesOf(text);
  const inQuote = (token: Token) =>
    quotes.some((quote) => token.start >= quote.start && token.end <= quote.end);
  const runs: { run: Token[]; titled: boolean }[] = [];
  let run: Token[] = [];
  const close = (at: number) => {
    if (run.length >= 2 && run.length <= 3) {
      const before = tokens[at - run.length - 1];
      runs.push({ run, titled: before !== undefined && TITLES.has(before.lower) });
    }
    run = [];
  };
  tokens.forEach((token, index) => {
    const joined = run.length === 0 || /^\s+$/.test(text.slice(run[run.length - 1]!.end, token.start));
    if (token.capitalized && !inQuote(token) && joined && /^\p{L}/u.test(token.text)) run.push(token);
    else {
      close(index);
      if (token.capitalized && !inQuote(token) && /^\p{L}/u.test(token.text)) run.push(token);
    }
  });
  close(tokens.length);
  const chosen = runs.find((entry) => entry.titled) ?? runs[0];
  if (!chosen) return null;
  const terms = chosen.run.map((token) => termOf(token)).filter((term): term is string => term !== null);
  return { name: chosen.run.map((token) => token.text).join(' '), terms };
}
