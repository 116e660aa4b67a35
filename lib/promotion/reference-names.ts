import type { Corpus } from '../corpus/corpus.ts';
import { termOf } from '../text/terms.ts';

/**
 * Whether the reference articles write a word as a name (capitalised inside a sentence): a brand the news itself
 * names is an actor of the news, not a product slipped into the page. Only ever clears a name; never makes one
 * novel, so a small corpus (the bundled five articles) changes nothing.
 */
export type ReferenceNames = (word: string) => boolean;

export const NO_REFERENCES: ReferenceNames = () => false;

const cache = new WeakMap<Corpus, ReferenceNames>();

/** The names of a loaded corpus, looked up by the engine's term of the word (so "Toyota's" finds "toyota"). */
export function referenceNamesOf(corpus: Corpus): ReferenceNames {
  let names = cache.get(corpus);
  if (!names) {
    const seen = new Map<string, boolean>();
    names = (word) => {
      let known = seen.get(word);
      if (known === undefined) {
        const term = termOf({
          text: word,
          lower: word.toLowerCase(),
          start: 0,
          end: word.length,
          capitalized: true,
        });
        const id = term === null ? undefined : corpus.termIds.get(term);
        known = id !== undefined && corpus.names.has(id) && corpus.docPostings.df(id) > 0;
        if (seen.size < 10_000) seen.set(word, known);
      }
      return known;
    };
    cache.set(corpus, names);
  }
  return names;
}
