import type { Article } from '../article.ts';
import type { Corpus, CorpusSentence } from '../corpus/corpus.ts';
import { nameTermsOf } from '../text/entities.ts';
import { sentenceTerms } from '../text/sentence-terms.ts';
import type { Claim, Evidence, MissingFact, StoryMatch } from '../report.ts';
import { conflictDetail } from './conflicts.ts';
import { displayName } from './display-name.ts';
import { matchProbability } from './matcher.ts';
import { LEAD_SENTENCES, leadSimilarity } from './lead.ts';
import { findMissing } from './missing.ts';
import { pairFeatures, type TermStats } from './pair-features.ts';
import { pageSentences, tokensOf } from './page-sentences.ts';
import { TermMapper, type SentenceView } from './sentence-view.ts';
import { rankDocuments } from './story.ts';
import { corpusTermStats } from './term-stats.ts';
import { MAX_CANDIDATE_DOCS, MAX_EVIDENCE, THRESHOLDS } from './thresholds.ts';
import { findTwin } from './twins.ts';

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

/** One scored (page sentence, reference sentence) pair. */
export interface PairMatch {
  page: number;
  sentence: number;
  probability: number;
  /** The probability with the figure feature left out: "same claim, whatever the numbers say". */
  withoutFigures: number;
  /** The smaller of the two sentences' weighted term coverages: near 1 for near-verbatim copies. */
  coverage: number;
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
  if (ranked.length === 0) return NOTHING;

  let matches = matchAll(
    views,
    ranked.map((entry) => entry.doc),
    corpus,
    stats,
  );
  const twin = findTwin(views.length, matches, corpus);
  let candidates = ranked;
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
  // to the best one in document similarity (same event, other outlets), corroborating or not.
  const top = candidates[0]?.score ?? 0;
  const corroborated = candidates.some(
    (entry) => (support.get(entry.doc)?.size ?? 0) >= THRESHOLDS.relatedMatches,
  );
  const related = corroborated
    ? candidates.filter(
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
  const claims = judgeClaims(views, matches, corpus, stats, relatedDocs);
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

/** Scores every page claim against every sentence of the candidate articles. */
function matchAll(views: SentenceView[], docs: number[], corpus: Corpus, stats: TermStats): PairMatch[] {
  const matches: PairMatch[] = [];
  for (const doc of docs) {
    const { first, count } = corpus.docs[doc]!;
    for (let sentence = first; sentence < first + count; sentence++) {
      const reference = corpus.sentences[sentence]!;
      views.forEach((view, page) => {
        // Pairs sharing fewer than two terms cannot reach any threshold: skip the full feature computation.
        let shared = 0;
        for (const term of reference.termSet) if (view.termSet.has(term) && ++shared >= 2) break;
        if (shared < 2) return;
        const features = pairFeatures(view, reference, stats);
        const probability = matchProbability(features);
        if (probability < 0.05) return;
        const withoutFigures = features[5] === 0 ? probability : matchProbability(features.with(5, 0));
        matches.push({
          page,
          sentence,
          probability,
          withoutFigures,
          coverage: Math.min(features[0]!, features[1]!),
        });
      });
    }
  }
  return matches;
}

function judgeClaims(
  views: SentenceView[],
  matches: PairMatch[],
  corpus: Corpus,
  stats: TermStats,
  relatedDocs: Set<number>,
): Claim[] {
  const byPage = new Map<number, PairMatch[]>();
  for (const match of matches) {
    if (!byPage.has(match.page)) byPage.set(match.page, []);
    byPage.get(match.page)!.push(match);
  }
  const claims: Claim[] = [];
  views.forEach((view, page) => {
    // Commentary ("could signal", "broader implications") states nothing to check: not a claim.
    if (view.hedges >= THRESHOLDS.commentaryHedges) return;
    const own = (byPage.get(page) ?? []).sort((a, b) => b.probability - a.probability);
    const conflict = findConflict(view, own, corpus, stats);
    if (conflict) {
      claims.push({
        text: view.text,
        status: 'conflicting',
        evidence: [evidenceOf(conflict.match, corpus)],
        detail: conflict.detail,
      });
      return;
    }
    // An article on the page's story is a likelier witness than one on another story: it needs less.
    const supporting = own.filter(
      (match) =>
        match.probability >=
        (relatedDocs.has(corpus.sentences[match.sentence]!.doc)
          ? THRESHOLDS.corroborate
          : THRESHOLDS.corroborateOther),
    );
    if (supporting.length > 0) {
      claims.push({ text: view.text, status: 'corroborated', evidence: pickEvidence(supporting, corpus) });
      return;
    }
    if (isCheckable(view, stats)) claims.push({ text: view.text, status: 'unsupported', evidence: [] });
  });
  return claims;
}

function findConflict(view: SentenceView, own: PairMatch[], corpus: Corpus, stats: TermStats) {
  for (const match of own) {
    if (match.withoutFigures < THRESHOLDS.conflict) continue;
    const reference = corpus.sentences[match.sentence]!;
    const label = docLabel(reference, corpus);
    const detail = conflictDetail(
      view,
      reference,
      label,
      (term) => displayName(reference.text, corpus.terms[term] ?? ''),
      stats.isName,
    );
    if (detail) return { match, detail: fixPageNames(detail, view, corpus) };
  }
  return null;
}

// The page's speaker names are shown as the page writes them.
function fixPageNames(detail: string, view: SentenceView, corpus: Corpus): string {
  return detail.replace(/^quote attributed to (.+?) here;/, (_all, names: string) => {
    const shown = names
      .split(' ')
      .map((name) => (corpus.termIds.has(name) ? displayName(view.text, name) : name))
      .join(' ');
    return `quote attributed to ${shown} here;`;
  });
}

/** Worth reporting as unsupported: it states a figure or names someone, and says something about it. */
function isCheckable(view: SentenceView, stats: TermStats): boolean {
  const content = [...view.termSet].filter((term) => !stats.isName(term)).length;
  const named = [...view.termSet].some((term) => stats.isName(term));
  return content >= 3 && (view.quantities.length > 0 || named);
}

/** The best reference sentences, one per article first. */
function pickEvidence(supporting: PairMatch[], corpus: Corpus): Evidence[] {
  const seen = new Set<number>();
  const picked: PairMatch[] = [];
  for (const match of supporting) {
    const doc = corpus.sentences[match.sentence]!.doc;
    if (seen.has(doc)) continue;
    seen.add(doc);
    picked.push(match);
  }
  return picked.slice(0, MAX_EVIDENCE).map((match) => evidenceOf(match, corpus));
}

function evidenceOf(match: PairMatch, corpus: Corpus): Evidence {
  const sentence = corpus.sentences[match.sentence]!;
  const doc = corpus.docs[sentence.doc]!;
  return {
    docId: doc.id,
    source: doc.site ?? doc.title,
    text: sentence.text,
    score: round(match.probability),
  };
}

function docLabel(sentence: CorpusSentence, corpus: Corpus): string {
  const doc = corpus.docs[sentence.doc]!;
  return doc.site ?? doc.id.split('_')[0] ?? doc.id;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
