import type { MarkCategory } from '../../lib/page/marks.ts';

export const CATEGORY_LABEL: Record<MarkCategory, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  unsupported: 'Not found in the references',
  promotion: 'Promotion',
};

/** A sentence a copy of a reference article leaves as it stands there (`claims[].unchangedFromOriginal`). */
export const UNCHANGED_LABEL = 'As in the original';

/** The order readers meet the categories in: what to act on first, what merely agrees last. */
export const READING_ORDER: readonly MarkCategory[] = [
  'conflicting',
  'promotion',
  'corroborated',
  'unsupported',
];
