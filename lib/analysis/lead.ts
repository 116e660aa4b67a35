import { docIdf, type Corpus } from '../corpus/corpus.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';

/** Sentences of an article's lead: with its title, they say which event the article reports. */
export const LEAD_SENTENCES = 3;

/**
 * Similarity of two leads (title and first sentences): idf-weighted cosine of their term sets. Articles on
 * the same topic share vocabulary throughout; articles on the same event share it in the lead.
 */
export function leadSimilarity(pageLead: Set<number>, doc: number, corpus: Corpus): number {
  const docLead = leadTermsOf(doc, corpus);
  const weight = (term: number) => docIdf(corpus.docs.length, corpus.docPostings.df(term));
  let dot = 0;
  let left = 0;
  let right = 0;
  for (const term of pageLead) {
    const w = weight(term);
    left += w * w;
    if (docLead.has(term)) dot += w * w;
  }
  for (const term of docLead) right += weight(term) ** 2;
  return left && right ? dot / Math.sqrt(left * right) : 0;
}

const leads = new WeakMap<Corpus, Map<number, Set<number>>>();

function leadTermsOf(doc: number, corpus: Corpus): Set<number> {
  let cache = leads.get(corpus);
  if (!cache) {
    cache = new Map();
    leads.set(corpus, cache);
  }
  let terms = cache.get(doc);
  if (!terms) {
    const { title, first, count } = corpus.docs[doc]!;
    terms = new Set<number>();
    for (const term of sentenceTerms(title).sequence) {
      const id = corpus.termIds.get(term);
      if (id !== undefined) terms.add(id);
    }
    for (let index = first; index < first + Math.min(count, LEAD_SENTENCES); index++) {
      for (const term of corpus.sentences[index]!.seq) terms.add(term);
    }
    cache.set(doc, terms);
  }
  return terms;
}
