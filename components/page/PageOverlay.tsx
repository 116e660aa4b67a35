import type { PaintedMark } from '../../lib/page/highlights.ts';
import { MARK_CATEGORIES, type MarkCategory } from '../../lib/page/marks.ts';
import { EvidenceCard } from './EvidenceCard.tsx';
import { Legend } from './Legend.tsx';

export interface PageOverlayProps {
  painted: readonly PaintedMark[];
  visible: readonly MarkCategory[];
  /** The mark whose card is open: hovered, or reached with the legend's Prev/Next. */
  active: PaintedMark | null;
  announcement: string;
  palette: 'standard' | 'high-contrast';
  onToggle: (category: MarkCategory, shown: boolean) => void;
  onStep: (direction: 1 | -1) => void;
  onClear: () => void;
}

export function PageOverlay({
  painted,
  visible,
  active,
  announcement,
  palette,
  ...handlers
}: PageOverlayProps) {
  const counts = Object.fromEntries(
    MARK_CATEGORIES.map((category) => [category, painted.filter((p) => p.mark.category === category).length]),
  ) as Record<MarkCategory, number>;
  const rect = active?.range.getBoundingClientRect();
  return (
    <div class={`overlay palette-${palette}`}>
      <Legend counts={counts} visible={visible} announcement={announcement} {...handlers} />
      {active && rect && (
        <EvidenceCard mark={active.mark} anchor={{ top: rect.top, bottom: rect.bottom, left: rect.left }} />
      )}
    </div>
  );
}
