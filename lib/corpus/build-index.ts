import { addNameTerms } from '../text/entities.ts';
import { hedgeCount } from '../text/hedges.ts';
import { isClaimSentence } from '../text/claims.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import { splitSentences } from '../text/sentences.ts';
import { cleanDocument, insidePromotion } from './clean.ts';
import type {
  CorpusDocJson,
  CorpusDocument,
  CorpusIndexJson,
  CorpusSentenceJson,
  DetailJson,
} from './corpus.ts';
import { CORPUS_INDEX_VERSION } from './version.ts';
import { loadCorpus } from './load-index.ts';
import { buildStoriesJson } from '../stories/corpus-stories.ts';

/** Builds the serialisable index from raw articles: cleaning, sentence splitting, terms, figures, names, and
 * the articles grouped into stories with their facts. */
export function buildCorpusIndex(documents: CorpusDocument[]): CorpusIndexJson {
  const terms: string[] = [];
  const termIds = new Map<string, number>();
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      terms.push(term);
      termIds.set(term, id);
    }
    return id;
  };
  const docs: CorpusDocJson[] = [];
  const sentences: CorpusSentenceJson[] = [];
  const nameTerms = new Set<string>();
  for (const doc of documents) {
    const { paragraphs, promotions } = cleanDocument(doc);
    const first = sentences.length;
    for (const paragraph of paragraphs) {
      for (const span of splitSentences(paragraph)) {
        if (!isClaimSentence(span.text) || insidePromotion(span.text, promotions)) continue;
        const info = sentenceTerms(span.text);
        addNameTerms(info.tokens, nameTerms);
        const entry: CorpusSentenceJson = { text: span.text, seq: info.sequence.map(idOf) };
        if (info.quantities.length) entry.q = info.quantities;
        if (info.speakers.length) entry.sp = info.speakers.map(idOf);
        if (info.quoted.length) entry.qt = [...new Set(info.quoted.map(idOf))];
        if (info.clauseStarts.length > 1) entry.cl = info.clauseStarts.slice(1);
        const hedges = hedgeCount(info.tokens);
        if (hedges) entry.h = hedges;
        if (info.details.length)
          entry.d = info.details.map((detail) => {
            const stored: DetailJson = { r: detail.role, v: detail.value, t: detail.text };
            if (detail.unit !== undefined) stored.u = detail.unit;
            if (detail.step !== undefined) stored.s = detail.step;
            if (detail.approx !== undefined) stored.a = detail.approx;
            if (detail.head.length) stored.h = detail.head.map(idOf);
            if (detail.headWord !== undefined) stored.w = detail.headWord;
            if (detail.measures) stored.m = 1;
            if (detail.context.length) stored.c = detail.context.map(idOf);
            return stored;
          });
        sentences.push(entry);
      }
    }
    const { id, title, site, date, url } = doc;
    docs.push({ id, title, site, date, url, first, count: sentences.length - first });
  }
  const names = [...nameTerms].flatMap((term) => {
    const id = termIds.get(term);
    return id === undefined ? [] : [id];
  });
  const index: CorpusIndexJson = {
    format: 'crosscheck-corpus',
    version: CORPUS_INDEX_VERSION,
    docs,
    terms,
    names,
    sentences,
    storyJoin: 0,
    stories: [],
  };
  // Stories need the loaded index (document frequencies, term weights).
  const { storyJoin, stories } = buildStoriesJson(loadCorpus(index));
  return { ...index, storyJoin, stories };
}
