import { useEffect, useRef } from 'preact/hooks';
import type { MarkCategory } from '../../lib/page/marks.ts';
import { READING_ORDER } from './labels.ts';

interface Props {
  counts: Record<MarkCategory, number>;
  visible: readonly MarkCategory[];
  /** Focus the button on mount: the reader just folded the legend with the keyboard or the mouse. */
  takeFocus: boolean;
  onExpand: () => void;
}

/** The legend folded to a small button in the corner, so it covers no article text. */
export function FoldedLegend({ counts, visible, takeFocus, onExpand }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) button.current?.focus();
  }, []);
  const shown = READING_ORDER.filter((category) => visible.includes(category) && counts[category] > 0);
  const marked = shown.reduce((total, category) => total + counts[category], 0);
  return (
    <aside class="legend legend-folded" aria-label="Crosscheck marks" data-testid="legend-folded">
      <button ref={button} type="button" aria-expanded="false" onClick={onExpand} data-testid="legend-expand">
        {shown.map((category) => (
          <span class={`swatch swatch-${category}`} aria-hidden="true" />
        ))}
        Crosscheck ({marked})
      </button>
    </aside>
  );
}
