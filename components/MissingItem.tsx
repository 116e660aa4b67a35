import type { MissingFact } from '../lib/report.ts';
import { quoted } from './quoted.ts';

interface Props {
  fact: MissingFact;
  /** "Reported by 2 of 3 reference articles on this story". */
  reported: string;
  /** The article whose sentence is shown: the report's `source`, else the reporting articles' titles. */
  source: string;
}

/** A fact the story's reference coverage reports and the page leaves out: their sentence, its source. */
export function MissingItem({ fact, reported, source }: Props) {
  return (
    <li class="item" data-testid="report-item">
      <p class="note" data-testid="missing-count">
        {reported}:
      </p>
      <blockquote class="evidence">
        <p>{quoted(fact.text)}</p>
        <footer>— {source}</footer>
      </blockquote>
      {fact.detail && (
        <p class="note" data-testid="missing-detail">
          {fact.detail[0]!.toUpperCase() + fact.detail.slice(1)}.
        </p>
      )}
    </li>
  );
}
