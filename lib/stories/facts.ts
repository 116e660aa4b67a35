import type { Corpus, CorpusSentence } from '../corpus/corpus.ts';
import { matchProbability } from '../analysis/matcher.ts';
import { pairFeatures, type TermStats } from '../analysis/pair-features.ts';
import { THRESHOLDS } from '../analysis/thresholds.ts';

/** One fact of a story: the sentences of its articles that report the same thing. */
export interface StoryFact {
  /** Corpus sentence indices, at most one per article; the first is the one shown. */
  sentences: number[];
  /** How widely, how early and how concretely the story's articles report it (higher first). */
  importance: number;
  /** States something checkable: a figure or a named actor, plainly. Commentary and speculation do not. */
  checkable: boolean;
}

const REPORTED =
  /\b(said|says|told|according to|announced|stated|added|confirmed|estimated|expects?|expected)\b/i;

/** Articles whose sentences make a story's facts, the first to join it: a story of many articles repeats itself. */
export const MAX_FACT_ARTICLES = 20;

/** Content words (not names) two sentences share at least to report the same thing by the matcher's word. */
const SAME_FACT_CONTENT_TERMS = 2;

/** Weight of each further reporting article in a fact's importance (the lead and detail add at most ~1.5). */
const PER_ARTICLE = 1;

/**
 * The facts of a story: each sentence of its articles with the sentences of the other articles that report the
 * same thing (the matcher, a shared quotation, or a shared figure with words about it). The most widely and
 * earliest reported come first and are shown in their own words; a sentence already shown as part of a fact opens
 * no other, though it may report several (a long sentence often does).
 */
export function storyFacts(
  docs: number[],
  corpus: Pick<Corpus, 'docs' | 'sentences'>,
  stats: TermStats,
): StoryFact[] {
  const sentences: number[] = [];
  for (const doc of docs.slice(0, MAX_FACT_ARTICLES)) {
    const { first, count } = corpus.docs[doc]!;
    for (let index = first; index < first + count; index++) sentences.push(index);
  }
  const at = (index: number) => corpus.sentences[index]!;
  // Which sentences use each term: only sentences sharing two terms can report the same thing.
  const using = new Map<number, number[]>();
  for (const index of sentences) {
    for (const term of at(index).termSet) {
      const list = using.get(term);
      if (list) list.push(index);
      else using.set(term, [index]);
    }
  }
  // Each sentence with its best restatement in every other article.
  const candidates = sentences.map((head) => {
    const shared = new Map<number, number>();
    for (const term of at(head).termSet)
      for (const other of using.get(term) ?? [])
        if (at(other).doc !== at(head).doc) shared.set(other, (shared.get(other) ?? 0) + 1);
    const best = new Map<number, { sentence: number; score: number }>();
    for (const [other, count] of shared) {
      if (count < 2) continue;
      const sentence = at(other);
      const score = sameFactScore(at(head), sentence, stats);
      if (score > (best.get(sentence.doc)?.score ?? 0)) best.set(sentence.doc, { sentence: other, score });
    }
    const members = [head, ...[...best.values()].map((entry) => entry.sentence)];
    return {
      head,
      members,
      importance: importanceOf(members.map(at), stats),
      checkable: isCheckable(at(head), stats),
    };
  });
  // Checkable wording first: a fact is shown in words that state it plainly.
  candidates.sort(
    (a, b) => Number(b.checkable) - Number(a.checkable) || b.importance - a.importance || a.head - b.head,
  );
  const shown = new Set<number>();
  const facts: StoryFact[] = [];
  for (const candidate of candidates) {
    if (shown.has(candidate.head)) continue;
    for (const member of candidate.members) shown.add(member);
    facts.push({
      sentences: candidate.members,
      importance: candidate.importance,
      checkable: candidate.checkable,
    });
  }
  return facts.sort((a, b) => b.importance - a.importance);
}

/** > 0 when the two sentences report the same thing (higher: surer); 0 otherwise. With `figures: false`, a shared
 * figure with two words about it is not enough: the two must say the same thing in words (or quote the same words). */
export function sameFactScore(
  a: CorpusSentence,
  b: CorpusSentence,
  stats: TermStats,
  options: { figures?: boolean } = {},
): number {
  let shared = 0;
  for (const term of a.termSet) if (b.termSet.has(term) && ++shared >= 2) break;
  if (shared < 2) return 0;
  const features = pairFeatures(a, b, stats);
  const probability = matchProbability(features);
  const sharedContent = Math.round((features[3] ?? 0) * 6);
  const sameFigure =
    options.figures !== false && features[5] === 1 && sharedContent >= THRESHOLDS.figureContentTerms;
  let sharedQuoted = 0;
  if (a.quoted.length > 0 && b.quoted.length > 0) {
    const quoted = new Set(b.quoted);
    for (const term of a.quoted) if (quoted.has(term) && !stats.isName(term)) sharedQuoted++;
  }
  // The same people named with one word more in common is the same person, not the same fact ("Rybak was
  // surveying the damage" / "Rybak said: 'We lost everything'").
  const sameStatement = probability >= THRESHOLDS.sameFact && sharedContent >= SAME_FACT_CONTENT_TERMS;
  if (sameStatement || sameFigure || sharedQuoted >= THRESHOLDS.sharedQuoteTerms)
    return Math.max(probability, THRESHOLDS.sameFact);
  return 0;
}

/** A sentence that reports something checkable: a figure or a named actor, enough content words, no speculation
 * (a word of it is enough, unless someone is reported saying it: "she said the cost would rise" is a fact). */
export function isCheckable(sentence: CorpusSentence, stats: TermStats): boolean {
  if (sentence.hedges >= THRESHOLDS.missingHedges || /\?\s*$/.test(sentence.text)) return false;
  if (sentence.hedges > 0 && !REPORTED.test(sentence.text)) return false;
  let content = 0;
  let named = false;
  for (const term of sentence.termSet) {
    if (stats.isName(term)) named = true;
    else content++;
  }
  return content >= 4 && (named || sentence.quantities.length > 0);
}

/**
 * How widely (articles reporting it), how early (the lead carries a story's core facts) and how concretely
 * (figures, names, quotations) the fact is reported.
 */
function importanceOf(members: CorpusSentence[], stats: TermStats): number {
  let earliest = Infinity;
  let figures = 0;
  let names = 0;
  let quoted = false;
  for (const sentence of members) {
    earliest = Math.min(earliest, sentence.position);
    figures = Math.max(figures, sentence.quantities.length);
    let named = 0;
    for (const term of sentence.termSet) if (stats.isName(term)) named++;
    names = Math.max(names, named);
    quoted ||= sentence.quoted.length > 0;
  }
  return (
    PER_ARTICLE * new Set(members.map((sentence) => sentence.doc)).size +
    1 / (1 + earliest / 4) +
    0.1 * Math.min(names, 3) +
    0.15 * Math.min(figures, 2) +
    (quoted ? 0.1 : 0)
  );
}
