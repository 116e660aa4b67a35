import { useEffect, useRef } from 'preact/hooks';
import type { MarkCategory } from '../../lib/page/marks.ts';
import { CATEGORY_LABEL, READING_ORDER } from './labels.ts';

interface Props {
  counts: Record<MarkCategory, number>;
  visible: readonly MarkCategory[];
  /** "Mark 3 of 12" style position of the keyboard cursor, announced to screen readers. */
  announcement: string;
  onToggle: (category: MarkCategory, shown: boolean) => void;
  onStep: (direction: 1 | -1) => void;
  onClear: () => void;
  /** Folds the legend to a small button (the reader's choice is remembered). */
  onCollapse: () => void;
  /** Focus the Hide button on mount: the reader just unfolded the legend. */
  takeFocus: boolean;
}

/** The in-page legend: which categories are marked, stepping through marks, and clearing them all. */
export function Legend(props: Props) {
  const { counts, visible, announcement, onToggle, onStep, onClear, onCollapse, takeFocus } = props;
  const hide = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) hide.current?.focus();
  }, []);
  return (
    <aside class="legend" aria-label="Crosscheck marks" data-testid="legend">
      <div class="legend-head">
        <p class="legend-title">Crosscheck</p>
        <button
          ref={hide}
          type="button"
          class="legend-fold"
          aria-expanded="true"
          onClick={onCollapse}
          data-testid="legend-collapse"
        >
          Hide
        </button>
      </div>
      <ul>
        {READING_ORDER.filter((category) => counts[category] > 0).map((category) => (
          <li>
            <label>
              <input
                type="checkbox"
                checked={visible.includes(category)}
                onChange={(event) => onToggle(category, (event.currentTarget as HTMLInputElement).checked)}
                data-testid={`legend-toggle-${category}`}
              />
              <span class={`swatch swatch-${category}`} aria-hidden="true" />
              {CATEGORY_LABEL[category]} ({counts[category]})
            </label>
          </li>
        ))}
      </ul>
      <div class="legend-actions">
        <button type="button" onClick={() => onStep(-1)}>
          <span aria-hidden="true">‹ </span>Previous mark
        </button>
        <button type="button" onClick={() => onStep(1)}>
          Next mark<span aria-hidden="true"> ›</span>
        </button>
        <button type="button" onClick={onClear} data-testid="legend-clear">
          Clear marks
        </button>
      </div>
      <p class="legend-status" role="status" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
