import { SIGNALS } from './signals/index.ts';

const REASON = new Map(SIGNALS.map((signal) => [signal.id, signal.reason]));

/** The plain-words reasons of a promotion's signals (ids without a signal of their own are left out). */
export function reasonsOf(signalIds: readonly string[]): string[] {
  return [...new Set(signalIds.flatMap((id) => REASON.get(id) ?? []))];
}
