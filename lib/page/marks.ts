import type { Report } from '../report.ts';

export type MarkCategory = 'corroborated' | 'conflicting' | 'unsupported' | 'promotion';

export const MARK_CATEGORIES: readonly MarkCategory[] = [
  'corroborated',
  'conflicting',
  'unsupported',
  'promotion',
];

/** A passage of the page to mark, with what the evidence card shows for it. */
export interface Mark {
  id: string;
  category: MarkCategory;
  text: string;
  /** One line for the evidence card: the reference, its source, or the promotion's signals. */
  note: string;
  evidence: { source: string; text: string; strength: string }[];
}

/**
 * Describes a match score in words, so readers need not interpret raw numbers. The bands follow the
 * engine's scale: corroboration starts at about 0.2, and a restatement in the same words scores near 1.
 */
export function strengthInWords(score: number): string {
  if (score >= 0.75) return 'very close match';
  if (score >= 0.5) return 'close match';
  if (score >= 0.3) return 'partial match';
  return 'loose match';
}

/** Turns a report into the marks the page shows, in reading order of the report. */
export function marksOf(report: Report): Mark[] {
  const marks: Mark[] = report.claims.map((claim, index) => ({
    id: `claim-${index}`,
    category: claim.status,
    text: claim.text,
    note:
      claim.status === 'corroborated'
        ? `Corroborated by ${new Set(claim.evidence.map((e) => e.docId)).size} reference article(s)`
        : claim.status === 'conflicting'
          ? (claim.detail ?? 'Differs from the references')
          : 'Not found in the reference articles',
    evidence: claim.evidence.map((e) => ({
      source: e.source,
      text: e.text,
      strength: strengthInWords(e.score),
    })),
  }));
  report.promotions.forEach((promotion, index) => {
    marks.push({
      id: `promotion-${index}`,
      category: 'promotion',
      text: promotion.text,
      note: `Looks like advertising inside the article (${promotion.signals.join(', ')})`,
      evidence: [],
    });
  });
  return marks;
}
