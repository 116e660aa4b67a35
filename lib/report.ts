/**
 * The analysis report: the public contract of ../shared/spec/cli-report.md.
 * Outside tools read it as JSON — extend it, never break it.
 */

export interface ArticleSummary {
  title: string;
  site: string | null;
  byline: string | null;
  lang: string | null;
  wordCount: number;
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
}

export interface MissingFact {
  /** A reference sentence stating the omitted fact. */
  text: string;
  docIds: string[];
}

export interface Promotion {
  /** The promotional passage as it stands in the page. */
  text: string;
  signals: string[];
  score: number;
}

export interface Report {
  article: ArticleSummary;
  story: StoryMatch;
  claims: Claim[];
  missing: MissingFact[];
  promotions: Promotion[];
}
