export interface SummaryCount {
  /** The section it jumps to (`section-<id>`). */
  id: string;
  count: number;
  /** "1 conflict", "3 promotions". */
  label: string;
  /** Shown quieter: worth knowing, nothing to act on. */
  quiet?: boolean;
}

/** Opens a report section, scrolls it to the top of the popup and puts the keyboard there. */
function jumpTo(id: string): void {
  const section = document.getElementById(`section-${id}`);
  if (!(section instanceof HTMLDetailsElement)) return;
  section.open = true;
  section.scrollIntoView?.({ block: 'start' });
  section.querySelector('summary')?.focus();
}

/** What matters first, in one line: each count jumps to its section (a count of 0 is plain text). */
export function Summary({ counts }: { counts: SummaryCount[] }) {
  return (
    <nav class="summary" aria-label="Summary" data-testid="summary">
      <ul>
        {counts.map(({ id, count, label, quiet }) => (
          <li class={`summary-${id}${quiet ? ' quiet' : ''}${count === 0 ? ' none' : ''}`}>
            {count > 0 ? (
              <button type="button" onClick={() => jumpTo(id)} data-testid={`summary-${id}`}>
                <span class={`swatch swatch-${id}`} aria-hidden="true" />
                {label}
              </button>
            ) : (
              <span data-testid={`summary-${id}`}>{label}</span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
