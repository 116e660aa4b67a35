import type { IndexSegment } from './segment.ts';

/**
 * What loading derives from a run of segments by reading every term id once: how many sentences and articles
 * use each term, and each article's term counts as postings (compressed rows by term: for term t, entries
 * postingStart[t] … postingStart[t + 1] - 1). A library keeps them stored beside its segments (all typed
 * arrays, which structured clone copies as blocks), so a popup opening a 10,000-article library reads them
 * instead of running over millions of term ids.
 */
export interface SegmentStats {
  /** How many segments, articles and sentences, from the first, these cover. */
  segments: number;
  docs: number;
  sentences: number;
  /** Term ids counted: those below this (the vocabulary's size then). */
  terms: number;
  sentenceDf: Uint32Array;
  docDf: Uint32Array;
  postingStart: Uint32Array;
  /** Article indices counted from `firstDoc` (the articles before these segments). */
  postingDocs: Uint32Array;
  postingCounts: Uint32Array;
}

/** The statistics of some segments, their articles numbered from `firstDoc`. Plain loops over the columns. */
export function segmentStats(segments: IndexSegment[], termCount: number, firstDoc = 0): SegmentStats {
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
  // Second pass: each article's term counts, in article order within each term's row.
  const postingStart = new Uint32Array(termCount + 1);
  for (let term = 0; term < termCount; term++) postingStart[term + 1] = postingStart[term]! + docDf[term]!;
  const postingDocs = new Uint32Array(postingStart[termCount]!);
  const postingCounts = new Uint32Array(postingStart[termCount]!);
  const cursor = postingStart.slice(0, termCount);
  const tf = new Uint32Array(termCount);
  const docTerms = new Uint32Array(termCount);
  seenInDoc.fill(-1);
  doc = 0;
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
      for (let k = 0; k < distinct; k++) {
        const id = docTerms[k]!;
        const at = cursor[id]!;
        postingDocs[at] = firstDoc + doc;
        postingCounts[at] = tf[id]!;
        cursor[id] = at + 1;
      }
      doc++;
    }
  }
  return {
    segments: segments.length,
    docs: doc,
    sentences: sentence,
    terms: termCount,
    sentenceDf,
    docDf,
    postingStart,
    postingDocs,
    postingCounts,
  };
}
