import { INSTITUTION_QUALIFIERS, NAMED_INSTITUTIONS, NOT_PLACES, PLACE_PREPOSITIONS } from '../lexicon.ts';
import { isStopword } from '../../terms.ts';
import type { DetailExtractor, FoundDetail } from '../types.ts';

// A capitalised run after "at", "in", "near", "outside", "off" ("at Quay Park", "in the Town Hall", "off Station
// Road"), up to four words,
// "of" allowed inside ("Isle of Man"). Not a possessive ("in Smith's view").
const PLACE =
  /\b(at|in|near|outside|inside|off)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})(?![’']s\b)/gu;

/** A place where something happens. */
export const placeExtractor: DetailExtractor = {
  role: 'place',
  find(text) {
    const found: FoundDetail[] = [];
    for (const match of text.matchAll(PLACE)) {
      if (!PLACE_PREPOSITIONS.has(match[1] ?? '')) continue;
      const name = (match[2] ?? '').replace(/[.’']+$/, '');
      // "in Senate history", "in U.S. weapons": a name used as an adjective, not a place.
      const next = /^\s+(\p{Ll}+)/u.exec(text.slice((match.index ?? 0) + match[0].length))?.[1];
      if (next && !isStopword(next)) continue;
      const words = name.toLowerCase().split(/\s+/);
      if (words.some((word) => NOT_PLACES.has(word))) continue;
      if (!properInstitution(words)) continue;
      const start = (match.index ?? 0) + match[0].length - (match[2] ?? '').length;
      found.push({
        role: 'place',
        value: words.join(' '),
        text: name,
        start,
        end: start + name.length,
        noHead: true,
      });
    }
    return found;
  },
};

/** "Harwick Crown Court" is a place; "the Supreme Court", "the High Court" name an institution, not where it sits:
 * a court is a place only when some word of its name is a proper name, not a kind of court. */
function properInstitution(words: string[]): boolean {
  if (!words.some((word) => NAMED_INSTITUTIONS.has(word))) return true;
  return words.some((word) => !INSTITUTION_QUALIFIERS.has(word) && !NAMED_INSTITUTIONS.has(word));
}
