import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  count: number;
  hint?: string;
  /** Folded at first (the reader opens it, or jumps to it from the summary). */
  folded?: boolean;
  children: ComponentChildren;
}

/** A collapsible section of the report; empty sections are not shown. */
export function ReportSection({ id, title, count, hint, folded = false, children }: Props) {
  if (count === 0) return null;
  return (
    <details
      class={`section section-${id}`}
      id={`section-${id}`}
      data-testid={`section-${id}`}
      open={!folded}
    >
      <summary>
        <span class={`swatch swatch-${id}`} aria-hidden="true" />
        {title} <span class="count">({count})</span>
      </summary>
      {hint && <p class="hint">{hint}</p>}
      <ul>{children}</ul>
    </details>
  );
}
