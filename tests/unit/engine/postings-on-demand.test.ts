import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../lib/corpus/build-index.ts';
import { PostingsOnDemand } from '../../../lib/corpus/postings-on-demand.ts';
import type { Postings } from '../../../lib/corpus/postings.ts';
import { segmentCounts, segmentNorms, segmentPostings } from '../../../lib/corpus/segment-stats.ts';
import { docIdf, tfWeight } from '../../../lib/corpus/weighting.ts';
import { termColumns } from '../../../lib/corpus/segment.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';

describe('postings found on demand', () => {
  const seeds = readCorpusDocuments();
  const json = buildCorpusIndex([...seeds, ...syntheticCorpus(30, seeds)]);
  // Three segments of articles, as a library stores them.
  const docs = json.docs.map((doc) => ({
    meta: { id: doc.id, title: doc.title, site: doc.site, date: doc.date, url: doc.url },
    sentences: json.sentences.slice(doc.first, doc.first + doc.count),
  }));
  const segments = [docs.slice(0, 4), docs.slice(4, 20), docs.slice(20)].map((part) =>
    termColumns(part, json.names),
  );
  const { docDf } = segmentCounts(segments, json.terms.length);
  const listOf = (postings: Postings, term: number) => {
    const list: number[] = [];
    postings.forEach(term, (doc, count) => list.push(doc, count));
    return list;
  };

  it('are the packed postings: same documents, counts and order for every term', () => {
    const packed = segmentPostings(segments, docDf);
    const onDemand = new PostingsOnDemand(segments, docDf);
    // Some terms together first, as a query asks; the others one at a time.
    onDemand.prepare([5, 1, 300, 2, 5, json.terms.length + 10]);
    expect(onDemand.size).toBe(packed.size);
    let used = 0;
    for (let term = 0; term < json.terms.length + 2; term++) {
      expect(onDemand.df(term), `df of ${term}`).toBe(packed.df(term));
      expect(listOf(onDemand, term), `postings of ${term}`).toEqual(listOf(packed, term));
      if (packed.df(term) > 1) used++;
    }
    expect(used).toBeGreaterThan(100);
  });

  it('leave the norms as packing gives them, bit for bit', () => {
    const docCount = json.docs.length;
    const idf = (df: number) => docIdf(docCount, df);
    const packed = segmentPostings(segments, docDf).norms(docCount, idf, tfWeight);
    expect(segmentNorms(segments, docDf, idf, tfWeight)).toEqual(packed);
    expect(packed.every((norm) => norm > 0)).toBe(true);
  });
});
