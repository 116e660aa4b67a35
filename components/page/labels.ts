import type { MarkCategory } from '../../lib/page/marks.ts';

export const CATEGORY_LABEL: Record<MarkCategory, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  unsupported: 'Not found in the references',
  promotion: 'Promotion',
};

/** The order readers meet the categories in: what to act on first, what merely agrees last. */
export const READING_ORDER: readonly MarkCategory[] = [
  'conflicting',
  'promotion',
  'corroborated',
  'unsupported',
];
