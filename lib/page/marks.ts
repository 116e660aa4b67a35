import type { Report } from '../report.ts';
import { countOf } from './count-words.ts';

export type MarkCategory = 'corroborated' | 'conflicting' | 'unsupported' | 'promotion';

export const MARK_CATEGORIES: readonly MarkCategory[] = [
  'corroborated',
  'conflicting',
  'unsupported',
  'promotion',
];

/**
 * What the page marks until the reader asks for more (options page or legend). "Not found in the
 * references" is left out: with a small corpus it mostly says what the corpus lacks, and a dozen marks on
 * true sentences make an article look wrong. The popup still lists them and the legend offers them.
 */
export const MARKED_BY_DEFAULT: readonly MarkCategory[] = ['corroborated', 'conflicting', 'promotion'];

/** A passage of the page to mark, with what the evidence card shows for it. All text is plain words. */
export interface Mark {
  id: string;
  category: MarkCategory;
  text: string;
  /** One line for the evidence card: "Corroborated by 2 reference articles", "Reads like advertising…". */
  note: string;
  /** What differs (conflicting), or the detail no reference confirms (corroborated). */
  detail?: string;
  /** Why a promotion is one, in plain words (the report's `reasons`; never the signals' ids). */
  reasons?: string[];
  evidence: { source: string; text: string; strength: string }[];
}

/** What a promotion's card says when the report gives no reasons of its own. */
export const PROMOTION_NOTE = 'Reads like advertising written into the article text.';

/**
 * Describes a match score in words, so readers need not interpret raw numbers. The bands follow the
 * engine's scale: corroboration starts at about 0.2, and a restatement in the same words scores near 1.
 */
export function strengthInWords(score: number): string {
  if (score >= 0.75) return 'very close match';
  if (score >= 0.5) return 'close match';
  if (score >= 0.3) return 'partial match';
  return 'weak match';
}

/** Turns a report into the marks the page shows, in reading order of the report. */
export function marksOf(report: Report): Mark[] {
  // A copy's sentences left as in the original: nothing to mark (what it changed or added is marked).
  const marks: Mark[] = [];
  report.claims.forEach((claim, index) => {
    if (claim.unchangedFromOriginal) return;
    const articles = new Set(claim.evidence.map((e) => e.docId)).size;
    const mark: Mark = {
      id: `claim-${index}`,
      category: claim.status,
      text: claim.text,
      note:
        claim.status === 'corroborated'
          ? `Corroborated by ${countOf(articles, 'reference article')}.`
          : claim.status === 'conflicting'
            ? `Differs from ${articles > 0 ? countOf(articles, 'reference article') : 'the reference articles'}.`
            : 'No reference article reports this.',
      evidence: claim.evidence.map((e) => ({
        source: e.source,
        text: e.text,
        strength: strengthInWords(e.score),
      })),
    };
    if (claim.detail) mark.detail = claim.detail;
    marks.push(mark);
  });
  report.promotions.forEach((promotion, index) => {
    const reasons = (promotion.reasons ?? []).filter((reason) => reason.trim() !== '');
    marks.push({
      id: `promotion-${index}`,
      category: 'promotion',
      text: promotion.text,
      note: PROMOTION_NOTE,
      ...(reasons.length > 0 ? { reasons } : {}),
      evidence: [],
    });
  });
  return marks;
}
