import { quoted } from '../quoted.ts';
import type { Mark } from '../../lib/page/marks.ts';
import { CATEGORY_LABEL } from './labels.ts';

interface Props {
  mark: Mark;
  /** Viewport position of the passage the card explains. */
  anchor: { top: number; bottom: number; left: number };
}

const CARD_WIDTH = 340;

/** The evidence behind one mark. Rendered in the agent's shadow root; page text shows as text only. */
export function EvidenceCard({ mark, anchor }: Props) {
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - CARD_WIDTH - 8));
  const below = anchor.bottom + 8;
  const style =
    below + 200 < window.innerHeight
      ? { top: `${below}px` }
      : { bottom: `${window.innerHeight - anchor.top + 8}px` };
  return (
    <section
      class={`card card-${mark.category}`}
      style={{ ...style, left: `${left}px`, width: `${CARD_WIDTH}px` }}
      role="dialog"
      aria-label={`${CATEGORY_LABEL[mark.category]}: evidence`}
      data-testid="evidence-card"
    >
      <p class="card-kind">{CATEGORY_LABEL[mark.category]}</p>
      <p class="card-note">{mark.note}</p>
      {mark.detail && (
        <p class="card-detail" data-testid="card-detail">
          {mark.detail}
        </p>
      )}
      {mark.reasons && (
        <ul class="card-reasons" data-testid="card-reasons">
          {mark.reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      )}
      {mark.evidence.slice(0, 2).map((line) => (
        <blockquote>
          <p>{quoted(line.text)}</p>
          {/* Not a <footer>: inside a dialog it would count as the document's contentinfo landmark. */}
          <p class="source">
            — {line.source} · {line.strength}
          </p>
        </blockquote>
      ))}
    </section>
  );
}
