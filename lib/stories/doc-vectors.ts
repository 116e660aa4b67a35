import type { Corpus } from '../corpus/corpus.ts';
import { docIdf } from '../corpus/weighting.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import { dayOf } from '../analysis/story-dates.ts';
import type { StoryDoc } from './grouping.ts';
import { LEAD_SENTENCES, storyVector, type StoryVector } from './vectors.ts';

type CorpusTerms = Pick<Corpus, 'docs' | 'sentences' | 'termIds' | 'docPostings' | 'names'>;

const cache = new WeakMap<object, Map<number, StoryVector>>();

/** A corpus article's story vector (computed once per loaded corpus). */
export function docStoryVector(corpus: CorpusTerms, doc: number): StoryVector {
  let vectors = cache.get(corpus);
  if (!vectors) {
    vectors = new Map();
    cache.set(corpus, vectors);
  }
  let vector = vectors.get(doc);
  if (!vector) {
    const { title, first, count } = corpus.docs[doc]!;
    const titleTerms = termIdsOf(title, corpus);
    const whole = [...titleTerms];
    const lead = [...titleTerms];
    for (let index = first; index < first + count; index++) {
      const seq = corpus.sentences[index]!.seq;
      whole.push(...seq);
      if (index < first + LEAD_SENTENCES) lead.push(...seq);
    }
    vector = storyVector({ whole, lead }, corpusIdf(corpus), (term) => corpus.names.has(term));
    vectors.set(doc, vector);
  }
  return vector;
}

/** The article as the grouping sees it. */
export function storyDocOf(corpus: CorpusTerms, doc: number): StoryDoc {
  return { vector: docStoryVector(corpus, doc), day: dayOf(corpus.docs[doc]!.date) };
}

/** Inverse document frequency of a term id in the corpus (terms it never uses count as unique). */
export function corpusIdf(corpus: Pick<Corpus, 'docs' | 'docPostings'>): (term: number) => number {
  const count = corpus.docs.length;
  return (term) => docIdf(count, term < corpus.docPostings.size ? corpus.docPostings.df(term) : 0);
}

function termIdsOf(text: string, corpus: Pick<Corpus, 'termIds'>): number[] {
  const ids: number[] = [];
  for (const term of sentenceTerms(text).sequence) {
    const id = corpus.termIds.get(term);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}
