import type { Page } from 'puppeteer-core';

/**
 * Where the time goes: the `crosscheck:*` performance marks the popup and the page agent leave (and the
 * popup page's own navigation timings), as ms from the click on Node's clock. Both clocks are the wall
 * clock: a mark's time is performance.timeOrigin + its startTime. Measures give their duration.
 */
export type Stages = Record<string, number>;

const READ_MARKS = `(() => {
  const out = {};
  const at = (t) => performance.timeOrigin + t;
  const nav = performance.getEntriesByType('navigation')[0];
  if (location.protocol.endsWith('-extension:')) {
    out['popup:origin'] = performance.timeOrigin;
    if (nav) {
      out['popup:response'] = at(nav.responseEnd);
      out['popup:interactive'] = at(nav.domInteractive);
      out['popup:dcl'] = at(nav.domContentLoadedEventEnd);
    }
  }
  for (const mark of performance.getEntriesByType('mark'))
    if (mark.name.startsWith('crosscheck:')) out[mark.name.slice(11)] = at(mark.startTime);
  for (const measure of performance.getEntriesByType('measure'))
    if (measure.name.startsWith('crosscheck:')) out[measure.name.slice(11) + ' (duration)'] = measure.duration;
  return out;
})()`;

export async function readStages(page: Page | null, clickAt: number): Promise<Stages> {
  if (!page) return {};
  const raw = (await page.evaluate(READ_MARKS).catch(() => ({}))) as Record<string, number>;
  return Object.fromEntries(
    Object.entries(raw).map(([name, time]) => [name, name.endsWith('(duration)') ? time : time - clickAt]),
  );
}

/**
 * For marks in time order (`names`, by median time from the click): the median over pages of the time
 * from the previous mark to this one, measured on each page. A difference of two medians can hide or
 * invent a stage's cost when pages differ widely; this cannot. Durations (measures) get null.
 */
export function stageSteps(
  stages: readonly (Stages | undefined)[],
  names: readonly string[],
  median: (values: (number | null)[]) => number | null,
): (number | null)[] {
  let previous: string | undefined;
  return names.map((name) => {
    if (name.endsWith('(duration)')) return null;
    const from = previous;
    previous = name;
    if (from === undefined) return null;
    return median(
      stages.map((run) => {
        const [start, end] = [run?.[from], run?.[name]];
        return start === undefined || end === undefined ? null : end - start;
      }),
    );
  });
}
