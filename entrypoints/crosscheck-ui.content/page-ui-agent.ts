import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PaintedMark } from '../../lib/page/highlights.ts';
import { markAtPoint } from '../../lib/page/hit-test.ts';
import { CATEGORY_LABEL } from '../../components/page/labels.ts';
import { currentMarksHost } from '../crosscheck.content/marks-host.ts';
import { mountPageUi } from './page-ui.tsx';

/**
 * The legend and the evidence cards over the page agent's marks (entrypoints/crosscheck.content): a card
 * for the hovered mark or the one reached with Prev/Next. Every listener is tied to `ctx` (a newer page UI
 * invalidates it) and to the agent: when the agent goes, the UI goes.
 */
export function startPageUi(ctx: ContentScriptContext): void {
  const host = currentMarksHost();
  if (!host) return;
  let hovered: PaintedMark | null = null;
  let cursor = -1;
  let shownMarks = host.painted();
  let ui: ReturnType<typeof mountPageUi> | null = null;

  const stepTargets = () => host.painted().filter((p) => host.visible().includes(p.mark.category));
  const announce = () => {
    const targets = stepTargets();
    const current = targets[cursor];
    return current
      ? `Mark ${cursor + 1} of ${targets.length}, ${CATEGORY_LABEL[current.mark.category]}: ${current.mark.text}`
      : '';
  };
  const refresh = () => {
    if (host.painted().length === 0) {
      ui?.unmount();
      ui = null;
      return;
    }
    ui ??= mountPageUi(ctx);
    ui.update({
      painted: host.painted(),
      visible: host.visible(),
      palette: host.palette(),
      active: hovered ?? stepTargets()[cursor] ?? null,
      announcement: announce(),
      onToggle: (category, shown) => {
        const visible = host.visible();
        cursor = -1;
        host.show(shown ? [...visible, category] : visible.filter((c) => c !== category));
      },
      onStep: (direction) => {
        const targets = stepTargets();
        if (targets.length === 0) return;
        cursor = (cursor + direction + targets.length) % targets.length;
        host.reveal(targets[cursor]!);
        refresh();
      },
      onClear: () => host.clear(),
    });
  };

  host.listen((event) => {
    if (event.kind === 'gone') {
      ui?.unmount();
      ui = null;
      ctx.abort('the page agent is gone');
      return;
    }
    if (event.kind === 'revealed') cursor = stepTargets().findIndex((p) => p.mark.id === event.markId);
    else if (host.painted() !== shownMarks) {
      // New marks, or none: the old card and position mean nothing now.
      shownMarks = host.painted();
      hovered = null;
      cursor = -1;
    }
    refresh();
  }, ctx.signal);

  let pendingFrame = false;
  ctx.addEventListener(document, 'mousemove', (event) => {
    if (host.painted().length === 0 || pendingFrame) return;
    pendingFrame = true;
    const { clientX, clientY } = event as MouseEvent;
    ctx.requestAnimationFrame(() => {
      pendingFrame = false;
      const shown = host.painted().filter((p) => host.visible().includes(p.mark.category));
      const next = markAtPoint(document, shown, clientX, clientY);
      if (next !== hovered) {
        hovered = next;
        refresh();
      }
    });
  });
  // Cards are positioned in the viewport: keep them beside their passage.
  const follow = () => (hovered || cursor >= 0 ? refresh() : undefined);
  ctx.addEventListener(window, 'scroll', follow, { passive: true });
  ctx.addEventListener(window, 'resize', follow, { passive: true });
  ctx.addEventListener(document, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape' && (hovered || cursor >= 0)) {
      hovered = null;
      cursor = -1;
      refresh();
    }
  });
  refresh();
}
