import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { MARK_CATEGORIES, type Mark, type MarkCategory } from '../../lib/page/marks.ts';
import { clearMarks, paintMarks, revealMark, type PaintedMark } from '../../lib/page/highlights.ts';
import { findSponsoredCards } from '../../lib/promotion/detect.ts';
import { handleMessages } from '../../utils/messaging.ts';

// The popup may inject the agent again when reopened; one agent per page answers.
const AGENT_KEY = '__crosscheckPageAgent';

/** Answers the popup: extracts the article, paints and reveals marks. All state dies with `ctx`. */
export function startPageAgent(ctx: ContentScriptContext): void {
  const scope = window as unknown as Record<string, unknown>;
  if (scope[AGENT_KEY]) return;
  scope[AGENT_KEY] = true;

  let marks: Mark[] = [];
  let painted: PaintedMark[] = [];
  let visible: readonly MarkCategory[] = MARK_CATEGORIES;

  const repaint = () => {
    painted = paintMarks(document, marks, visible);
  };

  handleMessages(
    {
      extract: () => {
        const result = extractArticle(document, { url: location.href });
        return result.ok ? { ...result, pageCards: findSponsoredCards(document) } : result;
      },
      paint: (data) => {
        marks = data.marks;
        repaint();
        return { placed: painted.length, total: marks.length };
      },
      reveal: ({ markId }) => {
        const target = painted.find((p) => p.mark.id === markId);
        if (target) revealMark(target, (fn, ms) => ctx.setTimeout(fn, ms));
        return Boolean(target);
      },
      showCategories: ({ categories }) => {
        visible = categories;
        repaint();
      },
      clear: () => {
        marks = [];
        painted = [];
        clearMarks(document);
      },
    },
    ctx.signal,
  );

  ctx.onInvalidated(() => {
    clearMarks(document);
    delete scope[AGENT_KEY];
  });
}
