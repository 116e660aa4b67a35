import hedgeData from './lexicon/hedges.json';
import type { Token } from './tokens.ts';

const HEDGES = new Set(hedgeData.words);

/** How many words of speculation or commentary a sentence uses ("could", "signals", "implications"…). */
export function hedgeCount(tokens: Token[]): number {
  let count = 0;
  for (const token of tokens) if (HEDGES.has(token.lower)) count++;
  return count;
}
