import fitted from './fitted-thresholds.json';

/**
 * Decision thresholds of the engine, on the matcher's probability (lib/analysis/matcher.ts) and on document
 * similarity. Chosen on leave-one-out over the seeds, checked on BASIL and the dev pages (scripts/eval/eval-engine.ts);
 * the corroboration thresholds are fitted by scripts/fit/fit-thresholds.ts (lib/analysis/fitted-thresholds.json).
 * Precision first: below these, the engine abstains.
 */
export const THRESHOLDS = {
  /** A reference sentence from a related article corroborates a page sentence. */
  corroborate: fitted.thresholds.corroborate,
  /** …or restates one clause of the page sentence this fully (weighted share of the clause's terms). */
  clauseCorroborate: fitted.thresholds.clauseCorroborate,
  /** …or quotes the same words (content words, not names, inside quotation marks in both). */
  sharedQuoteTerms: 2,
  /** …or states the same figure with at least this many content words in common. */
  figureContentTerms: 2,
  /** The same, for evidence from an article that is not among the page's related ones… */
  corroborateOther: fitted.thresholds.corroborateOther,
  /** …which must also share this many content words (not names) with the page sentence. */
  otherContentTerms: 2,
  /** Same claim apart from a figure or a speaker: compared for conflicts (matcher without the figure feature).
   * Higher than corroboration: a conflict is a strong statement, and similar sentences often quote other polls,
   * other years or other people. */
  conflict: 0.45,
  /** Lowest likelihood (without figures) for a pair to be compared detail by detail when the differing details
   * are about the same thing (same head noun or words around them): issue 14's altered sentences are
   * paraphrases, often matched at 0.25-0.45. */
  detailConflict: 0.25,
  /** A claim's figure that no reference states is checked against the story's sentences at least this likely to
   * restate the claim, besides its evidence. */
  unconfirmedClose: 0.15,
  /** A reference fact counts as present on the page (so not missing): lower than corroborate, to keep missing precise. */
  covered: 0.2,
  /** …or the page sentence states this much of the reference sentence (weighted terms, related words counted):
   * the fact said inside a longer sentence. */
  coveredInside: 0.75,
  /** Importance kept by a fact the page states without one of its figures (the detail alone is missing). */
  detailOnlyShare: 0.5,
  /** Missing context stops at facts less important than this share of the first one's importance. */
  missingCutoff: 0.5,
  /** Two reference sentences (from different articles) state the same missing fact. */
  sameFact: 0.25,
  /** Share of lead similarity (title and first sentences: the event) in an article's story score; the rest is
   * whole-article similarity (the topic). */
  leadWeight: 0.6,
  /** Lowest whole-article similarity for a corpus article to be compared at all. */
  candidateDoc: 0.05,
  /** A corpus article covers the page's story: story score (whole article and lead) at least this … */
  relatedDoc: 0.12,
  /** … and at least this share of the best article's similarity (articles on the same topic but another
   * event score a little lower than the event's own coverage) … */
  relatedShare: 0.7,
  /** … provided some article restates at least this many of the page's claims … */
  relatedMatches: 2,
  /** … each at least this likely. */
  storySupport: 0.2,
  /** A page belongs to a story of the corpus: cosine of its story vector with the story's centroid at least this
   * (lib/stories: the same measure that groups the corpus's articles into stories). */
  storyPage: 0.35,
  /** …or at least this when the story's own articles restate half the page's claims. */
  storyPageRestated: 0.24,
  /** Words of speculation that make a reference sentence commentary rather than a missing fact. */
  missingHedges: 3,
  /** Words of speculation that make a page sentence commentary rather than a claim (lib/text/lexicon/hedges.json). */
  commentaryHedges: fitted.thresholds.commentaryHedges,
  /** A related article's sentence this likely to match makes a commentary sentence a corroborated claim. */
  commentaryCorroborate: fitted.thresholds.commentaryCorroborate,
  /** Share of the page's claims with a near-verbatim counterpart in one article for a twin. */
  twinShare: 0.6,
  /** Weighted term coverage (the smaller of the two sentences') counted as near-verbatim. */
  verbatim: 0.9,
};

/** How many corpus articles are compared sentence by sentence. */
export const MAX_CANDIDATE_DOCS = 12;
/** Evidence sentences reported per claim. */
export const MAX_EVIDENCE = 3;
/** Stories of the nearest articles considered for the page. */
export const MAX_CANDIDATE_STORIES = 3;
/** A story's articles the page is compared with, the closest first: a story of many articles repeats itself, and
 * the cost of a page stays bounded. */
export const MAX_STORY_ARTICLES = 20;
/** Missing facts reported, at most. */
export const MAX_MISSING = 10;
