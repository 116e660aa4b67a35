import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  clearMarks,
  paintMarks,
  revealMark,
  showMarks,
  type PaintedMark,
  type Palette,
} from '../../lib/page/highlights.ts';
import { MARK_CATEGORIES, type Mark, type MarkCategory } from '../../lib/page/marks.ts';
import type { DisplaySettings, PaintAnswer } from '../../lib/protocol.ts';
import { handleMessages } from '../../utils/messaging.ts';
import { publishMarksHost, withdrawMarksHost, type MarksEvent, type MarksHost } from './marks-host.ts';

/**
 * The marks in the page: painted with the CSS Custom Highlight API, answered to the popup's messages, and
 * published for the page UI (legend and cards, a second script). Tied to `ctx`: a newer agent or the
 * extension going away clears them.
 */
export function startPageMarks(ctx: ContentScriptContext): {
  paint: (marks: Mark[], display: DisplaySettings) => PaintAnswer;
} {
  let painted: PaintedMark[] = [];
  let visible: MarkCategory[] = [...MARK_CATEGORIES];
  let palette: Palette = 'standard';
  const listeners = new Set<(event: MarksEvent) => void>();
  const tell = (event: MarksEvent) => listeners.forEach((listener) => listener(event));

  const reveal = (target: PaintedMark) => revealMark(target, (fn, ms) => ctx.setTimeout(fn, ms));
  const show = (categories: MarkCategory[]) => {
    visible = categories;
    showMarks(document, painted, { visible, palette });
    tell({ kind: 'changed' });
  };
  const clear = () => {
    painted = [];
    clearMarks(document);
    tell({ kind: 'changed' });
  };
  const paint = (marks: Mark[], display: DisplaySettings): PaintAnswer => {
    performance.mark('crosscheck:agent-paint');
    ({ visible, palette } = display);
    painted = paintMarks(document, marks, { visible, palette });
    performance.mark('crosscheck:agent-painted');
    tell({ kind: 'changed' });
    return { placed: painted.length, total: marks.length };
  };

  const host: MarksHost = {
    painted: () => painted,
    visible: () => visible,
    palette: () => palette,
    show,
    reveal,
    clear,
    listen: (listener, signal) => {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener));
    },
  };
  publishMarksHost(host);
  // A single-page site that navigates leaves the old article's marks meaningless.
  ctx.addEventListener(window, 'wxt:locationchange', clear);
  handleMessages(
    {
      paint: ({ marks, ...display }) => paint(marks, display),
      reveal: ({ markId }) => {
        const target = painted.find((p) => p.mark.id === markId);
        if (target) reveal(target);
        tell({ kind: 'revealed', markId });
        return Boolean(target);
      },
      showCategories: ({ categories }) => show(categories),
      clear,
    },
    ctx.signal,
  );
  ctx.onInvalidated(() => {
    clearMarks(document);
    withdrawMarksHost(host);
    tell({ kind: 'gone' });
  });
  return { paint };
}
