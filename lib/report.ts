/**
 * The analysis report: the public contract of docs/cli-report.md.
 * Outside tools read it as JSON — extend it, never break it.
 */

/**
 * What kind of page it is: `news`, or a page whose whole subject is a product (`review`, `buying-guide`, `deals`,
 * disclosed `affiliate` content). The sentences of a product page are never reported as injected promotions.
 */
export type ArticleGenre = 'news' | 'review' | 'buying-guide' | 'deals' | 'affiliate';

export interface ArticleSummary {
  title: string;
  site: string | null;
  byline: string | null;
  lang: string | null;
  wordCount: number;
  /** The page's genre (see ArticleGenre); a news page with a review box in it is still news. */
  genre?: ArticleGenre;
}

export interface RelatedArticle {
  docId: string;
  title: string;
  score: number;
}

export interface StoryMatch {
  /** false: no reference article covers this story. */
  inCorpus: boolean;
  related: RelatedArticle[];
  /** The page is (nearly) a copy of this corpus article. */
  identicalTo: string | null;
  /** The corpus story the page belongs to (stable id: its first article's id), when it belongs to one. */
  id?: string;
  /** How many reference articles cover the page's story (the related ones). */
  articles?: number;
  /** From how many distinct outlets (site, else the source the title names). */
  outlets?: number;
}

export type ClaimStatus = 'corroborated' | 'conflicting' | 'unsupported';

export interface Evidence {
  docId: string;
  /** The reference's site, or its title when the site is unknown. */
  source: string;
  text: string;
  score: number;
}

export interface Claim {
  /** The sentence as it stands in the page. */
  text: string;
  status: ClaimStatus;
  evidence: Evidence[];
  /**
   * For conflicting claims, what differs and where ("3-1 here; 2-1 in Harbour Herald", "quote attributed to
   * Okafor here; to Reyes in …"); for corroborated claims, the checkable detail no reference states ("the crowd
   * figure 5,412 is in no reference"). Absent otherwise.
   */
  detail?: string;
  /**
   * The page is a copy of a reference article (`story.identicalTo`) and this sentence stands as it does there, while
   * no other reference reports it. Its status stays `unsupported` (no other article corroborates it), but it is not
   * "not found": the popup and the readable report count it as unchanged from the original and do not mark it.
   */
  unchangedFromOriginal?: true;
}

export interface MissingFact {
  /** A reference sentence stating the omitted fact. */
  text: string;
  /** Every reference article on the page's story that reports the fact. */
  docIds: string[];
  /** Site (else title) of the article whose sentence is `text`. */
  source?: string;
  /** The engine's importance score (how widely, how early, how concretely reported): higher first. */
  importance?: number;
  /**
   * When the page states the fact but not all of it: the figures it leaves out ("the page reports this, but not
   * “ten minutes”"). Absent when the page states the fact nowhere.
   */
  detail?: string;
}

export interface Promotion {
  /** The promotional passage as it stands in the page. */
  text: string;
  /** Raw ids of the signals that pushed the score up, strongest first: for tools. */
  signals: string[];
  score: number;
  /**
   * Why it reads as a promotion, in plain words, one per signal that pushed the score up ("names a brand or
   * product that plays no part in the rest of the story"). Shown to readers instead of the signal ids.
   */
  reasons?: string[];
}

export interface Report {
  article: ArticleSummary;
  story: StoryMatch;
  claims: Claim[];
  missing: MissingFact[];
  promotions: Promotion[];
}
