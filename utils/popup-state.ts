import type { Mark } from '../lib/page/marks.ts';
import type { Report } from '../lib/report.ts';

/** Everything the popup can show. */
export type PopupState =
  | { kind: 'loading'; step: string }
  | { kind: 'not-allowed'; message: string }
  | { kind: 'not-an-article'; message: string }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      report: Report;
      marks: Mark[];
      placed: number;
      /** Reference article titles by id, for naming sources. */
      titles: Record<string, string>;
    };
