import speakerTitleData from './lexicon/speaker-titles.json';
import { detailsOf } from './details/registry.ts';
import type { Detail } from './details/types.ts';
import { quantitiesOf, type Quantity } from './numbers.ts';
import { quotesOf } from './quotes.ts';
import { termOf } from './terms.ts';
import { tokenize, type Token } from './tokens.ts';

/** What the engine reads from one sentence. */
export interface SentenceTerms {
  /** Content terms in reading order (repeats kept, figures left out: they are compared as quantities). */
  sequence: string[];
  quantities: Quantity[];
  /** Capitalised words next to a reporting verb outside quotation marks ("Trump said", "said Peskov"): who
   * the sentence attributes a quote to. Empty when the sentence quotes no one or names no speaker ("he said"). */
  speakers: string[];
  /** Content terms inside quotation marks. */
  quoted: string[];
  tokens: Token[];
  /** Checkable details with their roles (lib/text/details): figures, dates, places, actors. */
  details: Detail[];
  /** Where each clause starts in `sequence` (the first is 0): facts are often stated in one clause. */
  clauseStarts: number[];
}

// Clause boundaries: punctuation (, ; : — – ( and ), and conjunctions or relative words that open a new
// proposition.
const CLAUSE_BREAKS = new Set([44, 59, 58, 0x2014, 0x2013, 40, 41]);

/** Whether the text between two words holds clause-breaking punctuation (read in place: no copy per word). */
function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (CLAUSE_BREAKS.has(text.charCodeAt(at))) return true;
  return false;
}
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

// Verbs that attribute a quotation.
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'remarked',
  'added',
  'asserted',
  'noted',
  'wrote',
  'argued',
  'insisted',
  'declared',
  'warned',
  'explained',
  'affirmed',
  'stressed',
  'emphasized',
  'emphasised',
  'according',
  'tweeted',
  'posted',
  'announced',
  'replied',
  'responded',
  'acknowledged',
  'admitted',
]);
// Capitalised words that are never the speaker.
const NOT_SPEAKERS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'the',
  'a',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'in',
  'on',
  'at',
  'but',
  'and',
  'this',
  'that',
]);

// Titles written in lower case between a reporting verb and the speaker's name: general English.
const SPEAKER_TITLES = new Set(speakerTitleData.words);

/** Token positions of the run of capitalised words just before or after a reporting verb, outside quotes. */
function speakerPositions(text: string, tokens: Token[], inQuote: (token: Token) => boolean): Set<number> {
  const positions = new Set<number>();
  tokens.forEach((token, index) => {
    if (!REPORTING.has(token.lower) || inQuote(token)) return;
    for (const step of [-1, 1]) {
      let at = index + step;
      if (step === 1 && tokens[at]?.lower === 'to') at++; // "according to Peskov"
      const run: number[] = [];
      while (at >= 0 && at < tokens.length) {
        const word = tokens[at]!;
        // "said Pellam chief executive Andrew Tolley": the organisation before a title is not the speaker.
        if (step === 1 && !word.capitalized && SPEAKER_TITLES.has(word.lower) && !inQuote(word)) {
          run.length = 0;
          at += step;
          continue;
        }
        if (!word.capitalized || inQuote(word) || NOT_SPEAKERS.has(word.lower)) break;
        // Only a run of words separated by spaces: "(R-Tenn.), wrote" names a state, not the writer.
        const near = step === -1 ? tokens[at + 1]! : tokens[at - 1]!;
        const gap = step === -1 ? text.slice(word.end, near.start) : text.slice(near.end, word.start);
        if (!/^\s+$/.test(gap)) break;
        run.push(at);
        at += step;
      }
      for (const position of run) positions.add(position);
    }
  });
  return positions;
}

export function sentenceTerms(text: string): SentenceTerms {
  const tokens = tokenize(text);
  const sequence: string[] = [];
  // The token each term of the sequence comes from.
  const termTokens: number[] = [];
  const clauseStarts = [0];
  let previousEnd = 0;
  tokens.forEach((token, index) => {
    const breaks = hasClauseBreak(text, previousEnd, token.start);
    previousEnd = token.end;
    const last = clauseStarts[clauseStarts.length - 1] ?? 0;
    if ((breaks || CLAUSE_WORDS.has(token.lower)) && sequence.length - last >= 2) {
      clauseStarts.push(sequence.length);
    }
    const term = termOf(token);
    if (!term || startsWithDigit(term)) return;
    sequence.push(term);
    termTokens.push(index);
  });
  // A trailing clause too short to state anything joins the one before it.
  if (clauseStarts.length > 1 && sequence.length - (clauseStarts[clauseStarts.length - 1] ?? 0) < 2)
    clauseStarts.pop();
  // Figures, quotations, speakers and details are read when first asked for: ranking the corpus needs only the
  // terms, and a page on no story of the corpus never asks for the rest.
  let attribution: { quoted: string[]; speakers: string[] } | undefined;
  const attributed = () => (attribution ??= attributionOf(text, tokens, sequence, termTokens));
  let quantities: Quantity[] | undefined;
  let details: Detail[] | undefined;
  return {
    sequence,
    get quantities() {
      return (quantities ??= quantitiesOf(text));
    },
    get speakers() {
      return attributed().speakers;
    },
    get quoted() {
      return attributed().quoted;
    },
    tokens,
    get details() {
      return (details ??= detailsOf(text, tokens));
    },
    clauseStarts,
  };
}

/** The terms said inside quotation marks, and the terms naming who the sentence quotes. */
function attributionOf(
  text: string,
  tokens: Token[],
  sequence: string[],
  termTokens: number[],
): { quoted: string[]; speakers: string[] } {
  const quotes = quotesOf(text);
  const inQuote = (token: Token) =>
    quotes.some((quote) => token.start >= quote.start && token.end <= quote.end);
  const speakerAt = speakerPositions(text, tokens, inQuote);
  const quoted: string[] = [];
  const speakers: string[] = [];
  termTokens.forEach((tokenIndex, termIndex) => {
    const term = sequence[termIndex]!;
    if (inQuote(tokens[tokenIndex]!)) quoted.push(term);
    else if (speakerAt.has(tokenIndex)) speakers.push(term);
  });
  return { quoted, speakers };
}

function startsWithDigit(term: string): boolean {
  const first = term.charCodeAt(0);
  return first >= 48 && first <= 57;
}
