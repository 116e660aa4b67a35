import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import {
  clearMarks,
  paintMarks,
  revealMark,
  showMarks,
  type Palette,
  type PaintedMark,
} from '../../lib/page/highlights.ts';
import { markAtPoint } from '../../lib/page/hit-test.ts';
import { MARK_CATEGORIES, type MarkCategory } from '../../lib/page/marks.ts';
import { findSponsoredCards } from '../../lib/promotion/detect.ts';
import { handleMessages } from '../../utils/messaging.ts';
import { CATEGORY_LABEL } from '../../components/page/labels.ts';
import { mountPageUi } from './page-ui.tsx';

/**
 * Answers the popup: extracts the article, paints marks, shows evidence cards and the legend. Every
 * listener and timer is tied to `ctx`, which WXT invalidates when the popup injects a newer agent or the
 * extension goes away.
 */
export function startPageAgent(ctx: ContentScriptContext): void {
  performance.mark('crosscheck:agent-start');
  let painted: PaintedMark[] = [];
  let visible: MarkCategory[] = [...MARK_CATEGORIES];
  let palette: Palette = 'standard';
  let hovered: PaintedMark | null = null;
  let cursor = -1;
  let ui: ReturnType<typeof mountPageUi> | null = null;

  const stepTargets = () => painted.filter((p) => visible.includes(p.mark.category));
  const announce = () => {
    const targets = stepTargets();
    const current = targets[cursor];
    return current
      ? `Mark ${cursor + 1} of ${targets.length}, ${CATEGORY_LABEL[current.mark.category]}: ${current.mark.text}`
      : '';
  };
  const refresh = () => {
    if (painted.length === 0) {
      ui?.unmount();
      ui = null;
      return;
    }
    ui ??= mountPageUi(ctx);
    ui.update({
      painted,
      visible,
      palette,
      active: hovered ?? stepTargets()[cursor] ?? null,
      announcement: announce(),
      onToggle: (category, shown) => {
        visible = shown ? [...visible, category] : visible.filter((c) => c !== category);
        cursor = -1;
        showMarks(document, painted, { visible, palette });
        refresh();
      },
      onStep: (direction) => {
        const targets = stepTargets();
        if (targets.length === 0) return;
        cursor = (cursor + direction + targets.length) % targets.length;
        revealMark(targets[cursor]!, (fn, ms) => ctx.setTimeout(fn, ms));
        refresh();
      },
      onClear: clear,
    });
  };
  const clear = () => {
    painted = [];
    hovered = null;
    cursor = -1;
    clearMarks(document);
    refresh();
  };

  let pendingFrame = false;
  ctx.addEventListener(document, 'mousemove', (event) => {
    if (painted.length === 0 || pendingFrame) return;
    pendingFrame = true;
    const { clientX, clientY } = event as MouseEvent;
    ctx.requestAnimationFrame(() => {
      pendingFrame = false;
      const shown = painted.filter((p) => visible.includes(p.mark.category));
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
  // A single-page site that navigates leaves the old article's marks meaningless.
  ctx.addEventListener(window, 'wxt:locationchange', clear);

  handleMessages(
    {
      extract: () => {
        performance.mark('crosscheck:agent-extract');
        const result = extractArticle(document, { url: location.href });
        performance.mark('crosscheck:agent-readability');
        const answer = result.ok ? { ...result, pageCards: findSponsoredCards(document) } : result;
        performance.mark('crosscheck:agent-extract-done');
        return answer;
      },
      paint: (data) => {
        performance.mark('crosscheck:agent-paint');
        visible = data.visible;
        palette = data.palette;
        painted = paintMarks(document, data.marks, { visible, palette });
        hovered = null;
        cursor = -1;
        performance.mark('crosscheck:agent-painted');
        refresh();
        performance.mark('crosscheck:agent-ui');
        return { placed: painted.length, total: data.marks.length };
      },
      reveal: ({ markId }) => {
        const index = stepTargets().findIndex((p) => p.mark.id === markId);
        const target = painted.find((p) => p.mark.id === markId);
        if (target) revealMark(target, (fn, ms) => ctx.setTimeout(fn, ms));
        cursor = index;
        refresh();
        return Boolean(target);
      },
      showCategories: ({ categories }) => {
        visible = categories;
        showMarks(document, painted, { visible, palette });
        refresh();
      },
      clear,
    },
    ctx.signal,
  );

  ctx.onInvalidated(() => clearMarks(document));
}
