import { quoted } from './quoted.ts';
interface EvidenceLine {
  source: string;
  text: string;
  strength?: string;
}

interface Props {
  text: string;
  note?: string;
  /** What differs, or the detail no reference confirms. */
  detail?: string;
  /** Plain-words reasons (promotions). */
  reasons?: string[];
  evidence?: EvidenceLine[];
  /** Scrolls the page to this passage; absent for items that are not in the page (missing facts). */
  onReveal?: () => void;
}

/** One sentence of the report with its evidence. All page text is rendered as text, never as HTML. */
export function ReportItem({ text, note, detail, reasons, evidence = [], onReveal }: Props) {
  return (
    <li class="item" data-testid="report-item">
      {onReveal ? (
        <button type="button" class="passage" onClick={onReveal} title="Show in the page">
          {quoted(text)}
        </button>
      ) : (
        <p class="passage">{text}</p>
      )}
      {detail && (
        <p class="detail" data-testid="item-detail">
          {detail}
        </p>
      )}
      {note && <p class="note">{note}</p>}
      {reasons && reasons.length > 0 && (
        <ul class="reasons" data-testid="item-reasons">
          {reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      )}
      {evidence.map((line) => (
        <blockquote class="evidence">
          <p>{quoted(line.text)}</p>
          <footer>
            — {line.source}
            {line.strength && <span class="strength"> · {line.strength}</span>}
          </footer>
        </blockquote>
      ))}
    </li>
  );
}
