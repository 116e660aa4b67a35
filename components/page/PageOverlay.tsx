import { useRef } from 'preact/hooks';
import type { PaintedMark } from '../../lib/page/highlights.ts';
import { MARK_CATEGORIES, type MarkCategory } from '../../lib/page/marks.ts';
import { EvidenceCard } from './EvidenceCard.tsx';
import { FoldedLegend } from './FoldedLegend.tsx';
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

/** Whether the legend is folded to a button; the page UI's host keeps (and stores) the reader's choice. */
export interface LegendFold {
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
}

export function PageOverlay({
  painted,
  visible,
  active,
  announcement,
  palette,
  collapsed,
  onCollapse,
  ...handlers
}: PageOverlayProps & LegendFold) {
  const counts = Object.fromEntries(
    MARK_CATEGORIES.map((category) => [category, painted.filter((p) => p.mark.category === category).length]),
  ) as Record<MarkCategory, number>;
  const rect = active?.range.getBoundingClientRect();
  // Focus follows the reader's own fold or unfold to the button that undoes it; a legend that opens
  // folded (remembered) takes no focus from the page.
  const foldedByReader = useRef(false);
  const fold = (value: boolean) => {
    foldedByReader.current = true;
    onCollapse(value);
  };
  return (
    <div class={`overlay palette-${palette}`}>
      {collapsed ? (
        <FoldedLegend
          counts={counts}
          visible={visible}
          takeFocus={foldedByReader.current}
          onExpand={() => fold(false)}
        />
      ) : (
        <Legend
          counts={counts}
          visible={visible}
          announcement={announcement}
          takeFocus={foldedByReader.current}
          onCollapse={() => fold(true)}
          {...handlers}
        />
      )}
      {active && rect && (
        <EvidenceCard mark={active.mark} anchor={{ top: rect.top, bottom: rect.bottom, left: rect.left }} />
      )}
    </div>
  );
}
