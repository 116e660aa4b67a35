import type { MarkCategory } from '../../lib/page/marks.ts';

export const CATEGORY_LABEL: Record<MarkCategory, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  unsupported: 'Not found in the references',
  promotion: 'Promotion',
};
