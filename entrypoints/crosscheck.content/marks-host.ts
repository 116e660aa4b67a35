import type { PaintedMark, Palette } from '../../lib/page/highlights.ts';
import type { MarkCategory } from '../../lib/page/marks.ts';

/** What the page UI hears from the marks it shows. */
export type MarksEvent =
  | { kind: 'changed' }
  /** The popup asked to scroll to this mark: its card opens. */
  | { kind: 'revealed'; markId: string }
  /** The agent is gone (a newer one was injected, or the extension went away): the UI leaves too. */
  | { kind: 'gone' };

/**
 * The page agent's painted marks, as the page UI (a second script, injected only once marks are painted)
 * sees them. Both scripts run in the extension's own isolated world of the page, which they share: the
 * agent publishes this there, and the page itself cannot see it.
 */
export interface MarksHost {
  painted(): readonly PaintedMark[];
  visible(): readonly MarkCategory[];
  palette(): Palette;
  show(categories: MarkCategory[]): void;
  reveal(mark: PaintedMark): void;
  clear(): void;
  listen(listener: (event: MarksEvent) => void, signal: AbortSignal): void;
}

const KEY = '__crosscheckMarksHost';
type Scope = { [KEY]?: MarksHost };

export function publishMarksHost(host: MarksHost): void {
  (globalThis as Scope)[KEY] = host;
}

export function withdrawMarksHost(host: MarksHost): void {
  if ((globalThis as Scope)[KEY] === host) delete (globalThis as Scope)[KEY];
}

export function currentMarksHost(): MarksHost | undefined {
  return (globalThis as Scope)[KEY];
}
