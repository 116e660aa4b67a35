import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  title: string;
  count: number;
  hint?: string;
  children: ComponentChildren;
}

/** A collapsible section of the report; empty sections are not shown. */
export function ReportSection({ id, title, count, hint, children }: Props) {
  if (count === 0) return null;
  return (
    <details class={`section section-${id}`} data-testid={`section-${id}`} open>
      <summary>
        <span class={`swatch swatch-${id}`} aria-hidden="true" />
        {title} <span class="count">({count})</span>
      </summary>
      {hint && <p class="hint">{hint}</p>}
      <ul>{children}</ul>
    </details>
  );
}
