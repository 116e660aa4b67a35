import { termOf } from '../text/terms.ts';
import { tokenize } from '../text/tokens.ts';

/** The word of the sentence, as written, that a term stands for ("zelenski" → "Zelenskyy"). */
export function displayName(sentence: string, term: string): string {
  for (const token of tokenize(sentence)) if (token.capitalized && termOf(token) === term) return token.text;
  return term;
}
