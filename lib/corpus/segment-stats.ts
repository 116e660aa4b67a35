import { DocPostings } from './postings.ts';
import type { IndexSegment } from './segment.ts';

/**
 * How many sentences and articles of a run of segments use each term: what loading derives from them by
 * reading every term id once. A library keeps them stored beside its segments (two typed arrays, a few
 * bytes a term), so a popup opening a 10,000-article library need not count millions of term ids first.
 */
export interface SegmentCounts {
  /** How many segments, articles and sentences, from the first, these cover. */
  segments: number;
  docs: number;
  sentences: number;
  /** Term ids counted: those below this (the vocabulary's size then). */
  terms: number;
  sentenceDf: Uint32Array;
  docDf: Uint32Array;
}

/** The term counts of some segments. Plain loops over the typed columns. */
export function segmentCounts(segments: IndexSegment[], termCount: number): SegmentCounts {
  const sentenceDf = new Uint32Array(termCount);
  const docDf = new Uint32Array(termCount);
  // Distinct terms of a sentence, or of an article, without building a Set for each: the last sentence and
  // article that counted each term.
  const seenInSentence = new Int32Array(termCount).fill(-1);
  const seenInDoc = new Int32Array(termCount).fill(-1);
  let sentence = 0;
  let doc = 0;
  for (const { seq, seqEnds, docs } of segments) {
    let local = 0;
    for (const { count } of docs) {
      for (let k = 0; k < count; k++, local++, sentence++) {
        const end = seqEnds[local]!;
        for (let at = local === 0 ? 0 : seqEnds[local - 1]!; at < end; at++) {
          const id = seq[at]!;
          if (seenInSentence[id] !== sentence) {
            seenInSentence[id] = sentence;
            sentenceDf[id]!++;
          }
          if (seenInDoc[id] !== doc) {
            seenInDoc[id] = doc;
            docDf[id]!++;
          }
        }
      }
      doc++;
    }
  }
  return { segments: segments.length, docs: doc, sentences: sentence, terms: termCount, sentenceDf, docDf };
}

/**
 * Every article's term counts as postings (compressed rows by term, articles in order within a row), given
 * how many articles use each term (`docDf`, over all of `segments`).
 */
export function segmentPostings(segments: IndexSegment[], docDf: Uint32Array): DocPostings {
  const termCount = docDf.length;
  const start = new Uint32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) start[term + 1] = start[term]! + docDf[term]!;
  const postingDocs = new Uint32Array(start[termCount]!);
  const postingCounts = new Uint32Array(start[termCount]!);
  const cursor = start.slice(0, termCount);
  forEachArticleTerms(segments, termCount, (doc, terms, tf) => {
    for (const id of terms) {
      const at = cursor[id]!;
      postingDocs[at] = doc;
      postingCounts[at] = tf[id]!;
      cursor[id] = at + 1;
    }
  });
  return new DocPostings(start, postingDocs, postingCounts);
}

/**
 * Each article's tf-idf norm straight from the term columns, without packing postings (a large library whose
 * stored norms are out of date). Summed in term order, as DocPostings.norms sums them: the same bits.
 */
export function segmentNorms(
  segments: IndexSegment[],
  docDf: Uint32Array,
  idf: (df: number) => number,
  tfWeight: (count: number) => number,
): Float64Array {
  const termCount = docDf.length;
  let docCount = 0;
  for (const segment of segments) docCount += segment.docs.length;
  const norms = new Float64Array(docCount);
  forEachArticleTerms(segments, termCount, (doc, terms, tf) => {
    terms.sort();
    let sum = 0;
    for (const id of terms) sum += (tfWeight(tf[id]!) * idf(docDf[id]!)) ** 2;
    norms[doc] = Math.sqrt(sum);
  });
  return norms;
}

/**
 * Calls `visit` for each article of `segments` in order, with its distinct term ids (in order of first use;
 * a view the next call overwrites) and how often it uses each (`tf[id]`, valid for those ids only).
 */
function forEachArticleTerms(
  segments: IndexSegment[],
  termCount: number,
  visit: (doc: number, terms: Uint32Array, tf: Uint32Array) => void,
): void {
  const tf = new Uint32Array(termCount);
  const docTerms = new Uint32Array(termCount);
  const seenInDoc = new Int32Array(termCount).fill(-1);
  let doc = 0;
  for (const { seq, seqEnds, docs } of segments) {
    let local = 0;
    for (const { count } of docs) {
      const from = local === 0 ? 0 : seqEnds[local - 1]!;
      local += count;
      const to = local === 0 ? 0 : seqEnds[local - 1]!;
      let distinct = 0;
      for (let at = from; at < to; at++) {
        const id = seq[at]!;
        if (seenInDoc[id] !== doc) {
          seenInDoc[id] = doc;
          tf[id] = 0;
          docTerms[distinct++] = id;
        }
        tf[id]!++;
      }
      visit(doc, docTerms.subarray(0, distinct), tf);
      doc++;
    }
  }
}
