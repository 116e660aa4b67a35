import type { Article, ArticleBlock } from '../article.ts';
import type { SentenceSpan } from '../text/sentences.ts';
import type { ArticleProfile } from './profile.ts';

/** Everything a signal may look at when judging one sentence of the article. */
export interface SentenceContext {
  article: Article;
  profile: ArticleProfile;
  block: ArticleBlock;
  blockIndex: number;
  sentence: SentenceSpan;
  /** The sentence with quoted speech blanked out. */
  ownWords: string;
  sentenceIndex: number;
  sentenceCount: number;
  /**
   * What several signals ask of the sentence, found by the first that asks (signals/product-naming.ts,
   * signals/page-subject.ts) and kept here: undefined until then.
   */
  shared: { novelNames: string[] | undefined; pageSubjectShare: number | undefined };
}

/**
 * One cue of advertising. `measure` returns a strength in [0, 1] (0: absent); the fitted weight of the
 * signal decides how much that strength counts. Negative cues (reported speech) get negative weights.
 */
export interface Signal {
  id: string;
  /**
   * Why the cue makes a passage read like an advert, in words a reader understands ("recommends a product to
   * readers"). Shown in the report's `reasons` when the signal pushed the passage's score up.
   */
  reason: string;
  measure(context: SentenceContext): number;
  /**
   * A value `measure` never exceeds on this sentence, found with less work (candidates.ts reads it for a signal it
   * defers). Absent: 1.
   */
  ceiling?(context: SentenceContext): number;
}
