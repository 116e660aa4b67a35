import type { Article } from '../article.ts';
import type { Corpus } from '../corpus/corpus.ts';
import { nameTermsOf } from '../text/entities.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import type { Claim, MissingFact, StoryMatch } from '../report.ts';
import { judgeClaims, round } from './judge-claims.ts';
import { matchAll } from './match-pairs.ts';
import { LEAD_SENTENCES, leadSimilarity } from './lead.ts';
import { findMissing } from './missing.ts';
import { contradictedFigures } from './contradicted-figures.ts';
import { evidenceSentences } from './evidence-sentences.ts';
import { pageSentences, tokensOf } from './page-sentences.ts';
import { TermMapper, type SentenceView } from './sentence-view.ts';
import type { TermStats } from './pair-features.ts';
import { rankDocuments } from './story.ts';
import { articleSimilarity, candidateStories, pageStoryVector, type StoryCandidate } from './assign-story.ts';
import { nearbyStories, storiesWithout } from '../stories/corpus-stories.ts';
import { outletOf } from './outlet.ts';
import { storyDetails } from './story-details.ts';
import { corpusTermStats } from './term-stats.ts';
import { MAX_CANDIDATE_DOCS, MAX_CANDIDATE_STORIES, THRESHOLDS } from './thresholds.ts';
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

/** The comparison of a page no corpus article is near. */
export const NO_COMPARISON: Comparison = {
  story: { inCorpus: false, related: [], identicalTo: null },
  claims: [],
  missing: [],
};

/**
 * Compares a page with the corpus. Story first (the corpus's story the page belongs to, all of its articles), then
 * each claim sentence against the sentences of those articles and of the nearest others, then the story's facts
 * that the page omits. When no article covers the
 * story, the page gets nothing: no claims, no missing context.
 */
export function compareWithCorpus(
  article: Article,
  corpus: Corpus,
  options: CompareOptions = {},
): Comparison {
  const start = nearestArticles(article, corpus, options);
  return start ? finishComparison(article, corpus, start) : NO_COMPARISON;
}

/** The comparison's first part: the page read as term ids, and the corpus articles nearest to it. */
export interface ComparisonStart {
  views: SentenceView[];
  titleView: SentenceView;
  mapper: TermMapper;
  stats: TermStats;
  excluded: Set<number>;
  /** The nearest articles, closest first. */
  ranked: { doc: number; score: number }[];
}

/**
 * The page's sentences and the corpus articles nearest to it, or null when no article is near enough to
 * cover its story. Reads only the corpus's terms (never a reference sentence's text or details), so a
 * library can read those of the articles {@link articlesToRead} names, and only them, before the rest.
 */
export function nearestArticles(
  article: Article,
  corpus: Corpus,
  options: CompareOptions = {},
): ComparisonStart | null {
  const sentences = pageSentences(article, options.isPromotion ?? (() => false));
  if (sentences.length === 0 || corpus.docs.length === 0) return null;
  const mapper = new TermMapper(corpus);
  // Ranking reads only the term ids: the views are made once the page is known to have a story.
  const mapped = sentences.map((sentence) => mapper.map(sentence.info));
  const excluded = new Set((options.exclude ?? []).flatMap((id) => corpus.docIndex.get(id) ?? []));

  const titleView = mapper.view(article.title, sentenceTerms(article.title));
  const pageLead = new Set([
    ...titleView.seq,
    ...mapped.slice(0, LEAD_SENTENCES).flatMap((terms) => terms.seq),
  ]);
  const ranked = rankDocuments(
    [...mapped.map((terms) => terms.seq), titleView.seq],
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
  if (ranked.length === 0 || ranked[0]!.score < THRESHOLDS.relatedDoc) return null;
  const views = sentences.map((sentence, index) => mapper.view(sentence.text, sentence.info, mapped[index]));
  // The page's names weigh its terms for matching only: read them once the page has a story to match.
  const pageNames = new Set([...nameTermsOf(tokensOf(sentences))].map((term) => mapper.idOf(term)));
  const stats = corpusTermStats(corpus, pageNames);
  return { views, titleView, mapper, stats, excluded, ranked };
}

/**
 * Every article whose sentences the rest of the comparison may read: the nearest ones, whose stories are
 * grouped from them in a corpus without stored stories, and else the stored stories they belong to.
 */
export function articlesToRead(corpus: Corpus, start: ComparisonStart): number[] {
  const docs = new Set(start.ranked.map((entry) => entry.doc));
  if (!corpus.storiesOnDemand)
    for (const { doc } of start.ranked)
      for (const member of corpus.stories[corpus.storyOf[doc] ?? -1]?.docs ?? []) docs.add(member);
  return [...docs];
}

/** The rest of the comparison, once the sentences of {@link articlesToRead} can be read. */
export function finishComparison(article: Article, corpus: Corpus, start: ComparisonStart): Comparison {
  const { views, titleView, mapper, stats, excluded, ranked } = start;
  // The stories of the nearest articles, each judged as a whole: the page is compared with every article of its
  // story, not only with the one nearest to it.
  const storyOf = corpus.storiesOnDemand
    ? nearbyStories(
        corpus,
        ranked.map((entry) => entry.doc),
        excluded,
        stats,
      )
    : storiesWithout(corpus, excluded, stats);
  const pageVector = pageStoryVector(
    titleView.seq,
    views.map((view) => view.seq),
    corpus,
    stats.isName,
  );
  const stories = candidateStories(
    pageVector,
    ranked.map((entry) => entry.doc),
    storyOf,
    corpus,
    article.published,
  ).slice(0, MAX_CANDIDATE_STORIES);
  const compared = [
    ...new Set([...ranked.map((entry) => entry.doc), ...stories.flatMap((story) => story.docs)]),
  ];
  let matches = matchAll(views, compared, corpus, stats);
  const twin = findTwin(views.length, matches, corpus);
  const twinMatches =
    twin === null ? [] : matches.filter((match) => corpus.sentences[match.sentence]?.doc === twin);
  if (twin !== null) matches = matches.filter((match) => corpus.sentences[match.sentence]?.doc !== twin);

  const support = new Map<number, Set<number>>();
  for (const match of matches) {
    if (match.probability < THRESHOLDS.storySupport) continue;
    const doc = corpus.sentences[match.sentence]!.doc;
    if (!support.has(doc)) support.set(doc, new Set());
    support.get(doc)!.add(match.page);
  }
  // The page's story: the closest story close enough that restates one of the page's claims, provided some
  // article near the page restates several; or a story less close whose own articles restate half the page's
  // claims (a short page shares little vocabulary with a long article). A copy's story is the page's story whatever the scores
  // say. No story: no corroboration, no missing context.
  const restated = (docs: number[]) => {
    const pages = new Set<number>();
    for (const doc of docs) if (doc !== twin) for (const page of support.get(doc) ?? []) pages.add(page);
    return pages.size;
  };
  const covered = compared.some((doc) => restated([doc]) >= THRESHOLDS.relatedMatches);
  const supported = (candidate: StoryCandidate) =>
    (candidate.score >= THRESHOLDS.storyPage && covered && restated(candidate.docs) >= 1) ||
    (candidate.score >= THRESHOLDS.storyPageRestated &&
      restated(candidate.docs) >= Math.max(THRESHOLDS.relatedMatches, views.length / 2));
  const chosen =
    (twin !== null ? stories.find((candidate) => candidate.docs.includes(twin)) : undefined) ??
    stories.find(supported);
  const storyDocs = (chosen?.docs ?? []).filter((doc) => doc !== twin);
  const related = storyDocs
    .map((doc) => ({ doc, score: articleSimilarity(pageVector, doc, corpus) }))
    .sort((a, b) => b.score - a.score);
  const story: StoryMatch = {
    inCorpus: related.length > 0 || twin !== null,
    related: related.map((entry) => ({
      docId: corpus.docs[entry.doc]!.id,
      title: corpus.docs[entry.doc]!.title,
      score: round(entry.score),
    })),
    identicalTo: twin === null ? null : corpus.docs[twin]!.id,
  };
  if (chosen) {
    story.id = chosen.story.id;
    story.articles = related.length;
    story.outlets = new Set(related.map((entry) => outletOf(corpus.docs[entry.doc]!))).size;
  }
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
  const facts = chosen ? chosen.story.facts : [];
  const missing = findMissing(
    facts,
    relatedDocs,
    matches,
    corpus,
    stats,
    [...views.flatMap((view) => view.quantities), ...contradictedFigures(claims, views, corpus, relatedDocs)],
    evidenceSentences(claims, corpus, relatedDocs),
  );
  return { story, claims, missing };
}

/** Whole-article similarity (same topic) blended with lead similarity (same event). */
function storyScore(whole: number, lead: number): number {
  return (1 - THRESHOLDS.leadWeight) * whole + THRESHOLDS.leadWeight * lead;
}
