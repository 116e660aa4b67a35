import type { Page } from 'puppeteer-core';

/** Crosscheck's highlight names (lib/page/highlights.ts) and the floor's. */
export const CROSSCHECK_HIGHLIGHTS = [
  'crosscheck-corroborated',
  'crosscheck-conflicting',
  'crosscheck-unsupported',
  'crosscheck-promotion',
] as const;
export const FLOOR_HIGHLIGHTS = ['bench-floor'] as const;

/**
 * Installed in the page's main world before the click. Both extensions append a <style> for ::highlight()
 * in the same task as CSS.highlights.set, so a MutationObserver sees the registration as soon as that task
 * ends, even in a background tab (Firefox, where the popup is a tab and the refresh driver runs at 1 Hz).
 * Each mutation that shows no highlight yet re-checks once in the next task (MessageChannel: not throttled in
 * background tabs), in case the style lands before the registration. A rAF loop backs both up.
 * `frame` is the next animation frame after registration: the frame that paints the marks (foreground only).
 * Times are Date.now() (wall clock, shared with Node).
 */
export function probeScript(names: readonly string[]): string {
  return `(() => {
    const names = ${JSON.stringify(names)};
    const probe = { registered: null, frame: null };
    window.__benchProbe = probe;
    const channel = new MessageChannel();
    const found = () => {
      if (probe.registered !== null) return true;
      if (!names.some((name) => CSS.highlights.has(name))) return false;
      probe.registered = Date.now();
      observer.disconnect();
      requestAnimationFrame(() => { probe.frame = Date.now(); });
      return true;
    };
    channel.port1.onmessage = found;
    const observer = new MutationObserver(() => { if (!found()) channel.port2.postMessage(0); });
    observer.observe(document, { childList: true, subtree: true });
    const poll = () => { if (!found()) requestAnimationFrame(poll); };
    requestAnimationFrame(poll);
  })()`;
}

export interface ProbeReading {
  registered: number | null;
  frame: number | null;
  /** Ranges registered under the names, read by the page itself. */
  ranges: number;
}

export async function readProbe(page: Page, names: readonly string[]): Promise<ProbeReading> {
  return (await page.evaluate(`(() => {
    const probe = window.__benchProbe ?? { registered: null, frame: null };
    let ranges = 0;
    for (const name of ${JSON.stringify(names)}) ranges += CSS.highlights.get(name)?.size ?? 0;
    return { registered: probe.registered, frame: probe.frame, ranges };
  })()`)) as ProbeReading;
}

export interface PopupReading {
  state: string | null;
  status: string | null;
  placed: number | null;
  total: number | null;
}

/** The popup's final state; Crosscheck's "X of Y passages marked in the page" (the floor has none). */
export async function readPopup(popup: Page): Promise<PopupReading> {
  const raw = (await popup.evaluate(`(() => {
    const state = document.querySelector('[data-state]')?.getAttribute('data-state') ?? null;
    const status = (document.querySelector('[data-testid="popup-status"]') ?? document.getElementById('status'))?.textContent?.trim() ?? null;
    const placed = document.querySelector('[data-testid="marks-placed"]')?.textContent?.trim() ?? null;
    return { state, status, placed };
  })()`)) as { state: string | null; status: string | null; placed: string | null };
  const match = raw.placed?.match(/(\d+)\s+of\s+(\d+)/);
  return {
    state: raw.state,
    status: raw.status,
    placed: match ? Number(match[1]) : null,
    total: match ? Number(match[2]) : null,
  };
}

export const SETTLED = '[data-state]:not([data-state="loading"])';
