import type { Corpus, CorpusSentence } from '../corpus/corpus.ts';
import type { MissingFact } from '../report.ts';
import type { PairMatch } from './match-pairs.ts';
import { matchProbability } from './matcher.ts';
import { pairFeatures, type TermStats } from './pair-features.ts';
import type { SentenceView } from './sentence-view.ts';
import { MAX_MISSING, THRESHOLDS } from './thresholds.ts';

interface Candidate {
  sentence: number;
  importance: number;
}

/**
 * Facts that the same story's articles report and the page omits: their sentences that no page sentence
 * covers, grouped when several articles state the same fact, most widely reported and most important first.
 */
export function findMissing(
  _views: SentenceView[],
  relatedDocs: number[],
  matches: PairMatch[],
  corpus: Corpus,
  stats: TermStats,
): MissingFact[] {
  const covered = new Set<number>();
  // The page states the fact: restated, the same words quoted, or the same figure said of the same thing.
  for (const match of matches) {
    if (
      match.probability >= THRESHOLDS.covered ||
      match.sharedQuoted >= THRESHOLDS.sharedQuoteTerms ||
      (match.sameFigure && match.sharedContent >= THRESHOLDS.figureContentTerms)
    )
      covered.add(match.sentence);
  }

  const candidates: Candidate[] = [];
  for (const doc of relatedDocs) {
    const { first, count } = corpus.docs[doc]!;
    for (let index = first; index < first + count; index++) {
      const sentence = corpus.sentences[index]!;
      if (covered.has(index) || !isFactual(sentence, stats)) continue;
      candidates.push({ sentence: index, importance: importanceOf(sentence, stats) });
    }
  }
  candidates.sort((a, b) => b.importance - a.importance);

  const grouped = new Set<number>();
  const facts: { sentence: CorpusSentence; docs: Set<number>; importance: number }[] = [];
  for (const candidate of candidates) {
    if (grouped.has(candidate.sentence)) continue;
    grouped.add(candidate.sentence);
    const head = corpus.sentences[candidate.sentence]!;
    const docs = new Set([head.doc]);
    for (const other of candidates) {
      if (grouped.has(other.sentence)) continue;
      const sentence = corpus.sentences[other.sentence]!;
      if (docs.has(sentence.doc)) continue;
      if (matchProbability(pairFeatures(head, sentence, stats)) < THRESHOLDS.sameFact) continue;
      grouped.add(other.sentence);
      docs.add(sentence.doc);
    }
    facts.push({ sentence: head, docs, importance: candidate.importance });
  }
  facts.sort((a, b) => b.docs.size - a.docs.size || b.importance - a.importance);
  return facts.slice(0, MAX_MISSING).map((fact) => ({
    text: fact.sentence.text,
    docIds: [...fact.docs].map((doc) => corpus.docs[doc]!.id),
  }));
}

/** A sentence that reports something: a figure or a named actor, and enough content words. */
function isFactual(sentence: CorpusSentence, stats: TermStats): boolean {
  let content = 0;
  let named = false;
  for (const term of sentence.termSet) {
    if (stats.isName(term)) named = true;
    else content++;
  }
  // Speculation and commentary ("could signal", "underscores") report no fact; a question asks one.
  if (sentence.hedges >= THRESHOLDS.missingHedges || /\?\s*$/.test(sentence.text)) return false;
  return content >= 4 && (named || sentence.quantities.length > 0);
}

/** Lead sentences carry a story's core facts; names and figures make a sentence concrete; speculation
 * ("could signal", "implications") makes it commentary rather than a fact. */
function importanceOf(sentence: CorpusSentence, stats: TermStats): number {
  let names = 0;
  for (const term of sentence.termSet) if (stats.isName(term)) names++;
  return (
    1 / (1 + sentence.position / 4) + 0.1 * Math.min(names, 4) + 0.2 * Math.min(sentence.quantities.length, 2)
  );
}
