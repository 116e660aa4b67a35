import type { Corpus } from '../corpus/corpus.ts';
import { namedPerson, quotesByPronoun } from '../text/speaker-pronoun.ts';
import type { SentenceView } from './sentence-view.ts';

/** Share of the shorter quotation's words the two must have in common to be the same quotation. */
const SAME_QUOTE = 0.6;

/**
 * The same quotation given to a named speaker on the page and, in a reference, to "she" or "he" whom the sentence
 * before names as someone else ("'The red card killed us,' said Graham Penrose" / "Ashcombe manager Sian Caldwell
 * was unhappy… 'The red card killed us,' she said."). The other speaker's name as written, or null.
 */
export function pronounSpeakerConflict(
  page: SentenceView,
  sentence: number,
  corpus: Corpus,
  isName: (term: number) => boolean,
): { page: number[]; reference: string } | null {
  const reference = corpus.sentences[sentence]!;
  const speakers = [...new Set(page.speakers.filter(isName))];
  if (speakers.length === 0 || page.quoted.length < 3 || reference.quoted.length < 3) return null;
  if (reference.speakers.some(isName)) return null;
  const quoted = new Set(reference.quoted);
  const shared = page.quoted.filter((term) => quoted.has(term)).length;
  if (shared / Math.min(page.quoted.length, reference.quoted.length) < SAME_QUOTE) return null;
  if (!quotesByPronoun(reference.text)) return null;
  const before = corpus.sentences[sentence - 1];
  if (!before || before.doc !== reference.doc) return null;
  const person = namedPerson(before.text);
  if (!person) return null;
  const personTerms = person.terms.map((term) => corpus.termIds.get(term));
  // The page's speaker named around the quotation, or the reference's person named on the page: no conflict.
  if (speakers.some((term) => reference.termSet.has(term) || before.termSet.has(term))) return null;
  if (personTerms.some((term) => term !== undefined && page.termSet.has(term))) return null;
  return { page: speakers, reference: person.name };
}
