/**
 * The analysis report: the public contract of docs/cli-report.md.
 * Outside tools read it as JSON — extend it, never break it.
 */

export interface ArticleSummary {
  title: string;
  site: string | null;
  byline: string | null;
  lang: string | null;
  wordCount: number;
  /**
   * What kind of page this is. A page whose whole subject is a product (a review, a buying guide, a deals
   * page, an affiliate page) is not checked for injected promotions. Absent: not classified.
   */
  genre?: 'news' | 'review' | 'buying-guide' | 'deals' | 'affiliate';
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
  /** The story's id, when the corpus groups its articles into stories. */
  id?: string;
  /** How many reference articles cover the page's story. */
  articles?: number;
  /** From how many distinct outlets (site, else the title's source). */
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
   * Conflicting: what differs and where ("3-1 here; 2-1 in Harbour Herald"). Corroborated: the checkable
   * detail no reference confirms ("the crowd figure 5,412 is in no reference").
   */
  detail?: string;
}

export interface MissingFact {
  /** A reference sentence stating the omitted fact. */
  text: string;
  docIds: string[];
  /** Site, else title, of the reference article whose sentence `text` is. */
  source?: string;
  /** The engine's importance score: higher first. */
  importance?: number;
}

export interface Promotion {
  /** The promotional passage as it stands in the page. */
  text: string;
  /** The signals' ids (for tools; the popup shows `reasons`). */
  signals: string[];
  score: number;
  /** Why this is a promotion, in plain words, one per fired signal. */
  reasons?: string[];
}

export interface Report {
  article: ArticleSummary;
  story: StoryMatch;
  claims: Claim[];
  missing: MissingFact[];
  promotions: Promotion[];
}
