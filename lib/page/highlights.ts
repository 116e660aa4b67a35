import { MARK_CATEGORIES, type Mark, type MarkCategory } from './marks.ts';
import { PassageLocator } from './locate.ts';

/** Highlight names are distinctive because page scripts share the registry with us. */
export const highlightName = (category: MarkCategory) => `crosscheck-${category}`;

const STYLE_ID = 'crosscheck-highlight-styles';

// Colour plus a distinct underline style per category, so no category depends on colour alone.
// Okabe–Ito colours (safe for the common forms of colour blindness).
const STYLES: Record<MarkCategory, string> = {
  corroborated:
    'background-color: rgb(0 158 115 / 0.18); text-decoration: underline solid rgb(0 158 115) 2px;',
  conflicting: 'background-color: rgb(213 94 0 / 0.22); text-decoration: underline wavy rgb(213 94 0) 2px;',
  unsupported:
    'background-color: rgb(240 228 66 / 0.30); text-decoration: underline dotted rgb(120 110 0) 2px;',
  promotion:
    'background-color: rgb(204 121 167 / 0.25); text-decoration: underline double rgb(160 60 120) 2px;',
};

export interface PaintedMark {
  mark: Mark;
  range: Range;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Paints marks over the page's own text; the DOM's text and layout stay as they are. */
export function paintMarks(
  doc: Document,
  marks: Mark[],
  visible: readonly MarkCategory[] = MARK_CATEGORIES,
): PaintedMark[] {
  clearMarks(doc);
  const locator = new PassageLocator(doc.body ?? doc.documentElement);
  const painted: PaintedMark[] = [];
  for (const mark of marks) {
    const range = locator.locate(mark.text);
    if (range) painted.push({ mark, range });
  }
  if (!highlightsSupported()) return painted;
  ensureStyles(doc);
  for (const category of MARK_CATEGORIES) {
    if (!visible.includes(category)) continue;
    const ranges = painted.filter((p) => p.mark.category === category).map((p) => p.range);
    if (ranges.length > 0) CSS.highlights.set(highlightName(category), new Highlight(...ranges));
  }
  return painted;
}

export function clearMarks(doc: Document): void {
  if (highlightsSupported())
    for (const category of MARK_CATEGORIES) CSS.highlights.delete(highlightName(category));
  doc.getElementById(STYLE_ID)?.remove();
}

function ensureStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CATEGORIES.map((c) => `::highlight(${highlightName(c)}) { ${STYLES[c]} }`)
    .concat(`::highlight(crosscheck-flash) { background-color: rgb(86 180 233 / 0.55); }`)
    .join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

/** Scrolls to a painted mark and flashes it briefly. */
export function revealMark(painted: PaintedMark, schedule: (fn: () => void, ms: number) => void): void {
  const rect = painted.range.getBoundingClientRect();
  const view = painted.range.startContainer.ownerDocument?.defaultView;
  view?.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'smooth' });
  if (!highlightsSupported()) return;
  CSS.highlights.set('crosscheck-flash', new Highlight(painted.range));
  schedule(() => CSS.highlights.delete('crosscheck-flash'), 1200);
}
