import type { Article } from '../article.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { nameTermsOf } from '../text/entities.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import type { Claim, MissingFact, StoryMatch } from '../report.ts';
import { judgeClaims, round } from './judge-claims.ts';
import { matchAll } from './match-pairs.ts';
import { LEAD_SENTENCES, leadSimilarity } from './lead.ts';
import { findMissing } from './missing.ts';
import { pageSentences, tokensOf } from './page-sentences.ts';
import { TermMapper } from './sentence-view.ts';
import { rankDocuments } from './story.ts';
import { storyDetails } from './story-details.ts';
import { outsideStoryWindow } from './story-dates.ts';
import { corpusTermStats } from './term-stats.ts';
import { MAX_CANDIDATE_DOCS, THRESHOLDS } from './thresholds.ts';
import { findTwin } from './twins.ts';
import { markTwinDifferences } from './twin-differences.ts';

export interface CompareOptions {
  /** Corpus article ids to leave out (e.g. the page's own copy). */
  exclude?: string[];
  /** Sentences to leave out of the claims: promotions found on the page. */
  isPromotion?: (sentence: string) => boolean;
}

export interface Comparison {
  story: StoryMatch;
  claims: Claim[];
  missing: MissingFact[];
}

const NOTHING: Comparison = {
  story: { inCorpus: false, related: [], identicalTo: null },
  claims: [],
  missing: [],
};

/**
 * Compares a page with the corpus. Story first (which articles cover it), then each claim sentence against the
 * sentences of those articles only, then the facts they report that the page omits. When no article covers the
 * story, the page gets nothing: no claims, no missing context.
 */
export function compareWithCorpus(
  article: Article,
  corpus: Corpus,
  options: CompareOptions = {},
): Comparison {
  const sentences = pageSentences(article, options.isPromotion ?? (() => false));
  if (sentences.length === 0 || corpus.docs.length === 0) return NOTHING;
  const mapper = new TermMapper(corpus);
  const views = sentences.map((sentence) => mapper.view(sentence.text, sentence.info));
  const pageNames = new Set([...nameTermsOf(tokensOf(sentences))].map((term) => mapper.idOf(term)));
  const stats = corpusTermStats(corpus, pageNames);
  const excluded = new Set((options.exclude ?? []).flatMap((id) => corpus.docIndex.get(id) ?? []));

  const titleView = mapper.view(article.title, sentenceTerms(article.title));
  const pageLead = new Set([...titleView.seq, ...views.slice(0, LEAD_SENTENCES).flatMap((view) => view.seq)]);
  const ranked = rankDocuments(
    [...views.map((view) => view.seq), titleView.seq],
    corpus,
    excluded,
    MAX_CANDIDATE_DOCS,
  )
    .filter((entry) => entry.score >= THRESHOLDS.candidateDoc)
    .map((entry) => ({
      doc: entry.doc,
      score: storyScore(entry.score, leadSimilarity(pageLead, entry.doc, corpus)),
    }))
    .sort((a, b) => b.score - a.score);
  // No article close enough to cover the story (a copy would score far above this): skip sentence matching.
  if (ranked.length === 0 || ranked[0]!.score < THRESHOLDS.relatedDoc) return NOTHING;

  let matches = matchAll(
    views,
    ranked.map((entry) => entry.doc),
    corpus,
    stats,
  );
  const twin = findTwin(views.length, matches, corpus);
  let candidates = ranked;
  const twinMatches =
    twin === null ? [] : matches.filter((match) => corpus.sentences[match.sentence]?.doc === twin);
  if (twin !== null) {
    candidates = ranked.filter((entry) => entry.doc !== twin);
    matches = matches.filter((match) => corpus.sentences[match.sentence]?.doc !== twin);
  }

  const support = new Map<number, Set<number>>();
  for (const match of matches) {
    if (match.probability < THRESHOLDS.storySupport) continue;
    const doc = corpus.sentences[match.sentence]!.doc;
    if (!support.has(doc)) support.set(doc, new Set());
    support.get(doc)!.add(match.page);
  }
  // The story is covered when some article restates several of the page's sentences; the articles covering it are those close
  // to the best one in document similarity (same event, other outlets), corroborating or not. An article
  // published weeks away from the page reports another event, however alike the words.
  const sameTime = candidates.filter(
    (entry) => !outsideStoryWindow(article.published, corpus.docs[entry.doc]!.date),
  );
  const top = sameTime[0]?.score ?? 0;
  const corroborated = sameTime.some(
    (entry) => (support.get(entry.doc)?.size ?? 0) >= THRESHOLDS.relatedMatches,
  );
  const related = corroborated
    ? sameTime.filter(
        (entry) => entry.score >= THRESHOLDS.relatedDoc && entry.score >= THRESHOLDS.relatedShare * top,
      )
    : [];
  const story: StoryMatch = {
    inCorpus: related.length > 0 || twin !== null,
    related: related.map((entry) => ({
      docId: corpus.docs[entry.doc]!.id,
      title: corpus.docs[entry.doc]!.title,
      score: round(entry.score),
    })),
    identicalTo: twin === null ? null : corpus.docs[twin]!.id,
  };
  if (!story.inCorpus) return { story, claims: [], missing: [] };

  const relatedDocs = new Set(related.map((entry) => entry.doc));
  let claims = judgeClaims(
    views,
    matches,
    corpus,
    stats,
    relatedDocs,
    (term) => mapper.termOf(term),
    storyDetails(corpus, relatedDocs),
  );
  // A copy of a reference article: what it changed from its original.
  if (twin !== null) claims = markTwinDifferences(claims, views, twinMatches, twin, corpus, stats);
  // Missing context asks more certainty of "same story" than the related list: a fact from a neighbouring
  // event on the same topic is not context this page should have carried.
  const missing = findMissing(
    views,
    related.filter((entry) => entry.score >= THRESHOLDS.missingShare * top).map((entry) => entry.doc),
    matches,
    corpus,
    stats,
  );
  return { story, claims, missing };
}

/** Whole-article similarity (same topic) blended with lead similarity (same event). */
function storyScore(whole: number, lead: number): number {
  return (1 - THRESHOLDS.leadWeight) * whole + THRESHOLDS.leadWeight * lead;
}
