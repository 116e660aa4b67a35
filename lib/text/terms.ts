import { stemmer } from 'stemmer';
import aliasData from './lexicon/aliases.json';
import stopwordData from './lexicon/stopwords.json';
import type { Token } from './tokens.ts';

const STOPWORDS = new Set(stopwordData.words);
const ALIASES: Record<string, string> = aliasData.aliases;

/** True for words that carry no checkable content (function words, reporting verbs). */
export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower);
}

/**
 * The index term of a token: spelling variants and demonyms folded ("Zelenskyy" → "zelenski" by rule,
 * "American" → "usa"), then Porter-stemmed (alias targets too, so "Zelensky" and "Zelenskyy" meet). Upper-case "US" is the country, lower-case "us" a pronoun.
 * Returns null for stopwords and bare punctuation.
 */
export function termOf(token: Token): string | null {
  const key = token.text === 'US' || token.text === 'U.S' || token.text === 'U.S.' ? token.text : token.lower;
  const cached = memo.get(key);
  if (cached !== undefined) return cached;
  const term = computeTerm(token);
  if (memo.size < 50_000) memo.set(key, term);
  return term;
}

// Stemming is the costly part of reading a sentence, and news reuses its words: remember them.
const memo = new Map<string, string | null>();

function computeTerm(token: Token): string | null {
  const lower = token.text === 'US' || token.text === 'U.S' ? 'us' : token.lower;
  if (lower === 'us' && token.text !== 'US' && token.text !== 'U.S.' && token.text !== 'U.S') return null;
  // Own entries only: a word like "constructor" must not find Object.prototype's members.
  const alias = Object.hasOwn(ALIASES, lower) ? ALIASES[lower] : undefined;
  if (alias) return stemmer(alias);
  if (isStopword(lower)) return null;
  if (/^\d/.test(lower)) return lower.replace(/,/g, '');
  if (lower.length < 2) return null;
  // Romanisations of one name end in -yy, -iy or -y ("Zelenskyy", "Zelenskiy", "Zelensky"; "Dmitriy",
  // "Dmitry"): no English word ends in -yy or -iy, so they fold onto -y.
  const romanised = lower.length > 4 ? lower.replace(/(?:yy|iy)$/, 'y') : lower;
  return stemmer(romanised.replace(/[’']/g, ''));
}
