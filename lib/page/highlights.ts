import { MARK_CATEGORIES, type Mark, type MarkCategory } from './marks.ts';
import { PassageLocator } from './locate.ts';

/** Highlight names are distinctive because page scripts share the registry with us. */
export const highlightName = (category: MarkCategory) => `crosscheck-${category}`;
const FLASH = 'crosscheck-flash';
const STYLE_ID = 'crosscheck-highlight-styles';

export type Palette = 'standard' | 'high-contrast';

// A calm page: a strong mark (tinted background and underline) only where the reader should act — a
// conflicting figure, an injected promotion; corroborated passages get a thin underline and no background;
// "not found" (shown only when asked for) a fainter dotted one. Each category also has its own line style,
// so none depends on colour alone. Okabe–Ito colours (safe for the common forms of colour blindness);
// high contrast: darker, opaque ones and thicker lines.
const STYLES: Record<Palette, Record<MarkCategory, string>> = {
  standard: {
    conflicting: 'background-color: rgb(213 94 0 / 0.22); text-decoration: underline wavy rgb(213 94 0) 2px;',
    promotion:
      'background-color: rgb(204 121 167 / 0.28); text-decoration: underline double rgb(160 60 120) 2px;',
    corroborated: 'text-decoration: underline solid rgb(0 158 115 / 0.75) 1px;',
    unsupported: 'text-decoration: underline dotted rgb(150 140 40 / 0.8) 1px;',
  },
  'high-contrast': {
    conflicting: 'background-color: #ffd0c2; color: #000; text-decoration: underline wavy #b00000 3px;',
    promotion: 'background-color: #f6c8ea; color: #000; text-decoration: underline double #7a0061 3px;',
    corroborated: 'text-decoration: underline solid #006b4f 2px;',
    unsupported: 'text-decoration: underline dotted currentColor 2px;',
  },
};

export interface PaintedMark {
  mark: Mark;
  range: Range;
}

export interface PaintOptions {
  visible?: readonly MarkCategory[];
  palette?: Palette;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Finds the marks' passages in the page and paints them; the DOM's text and layout stay as they are. */
export function paintMarks(doc: Document, marks: Mark[], options: PaintOptions = {}): PaintedMark[] {
  const locator = new PassageLocator(doc.body ?? doc.documentElement);
  const painted: PaintedMark[] = [];
  for (const mark of marks) {
    const range = locator.locate(mark.text);
    if (range) painted.push({ mark, range });
  }
  showMarks(doc, painted, options);
  return painted;
}

/** (Re)applies the highlights of located marks: after category toggles or a palette change. */
export function showMarks(doc: Document, painted: readonly PaintedMark[], options: PaintOptions = {}): void {
  clearMarks(doc);
  if (!highlightsSupported()) return;
  const visible = options.visible ?? MARK_CATEGORIES;
  addStyles(doc, options.palette ?? 'standard');
  for (const category of visible) {
    const ranges = painted.filter((p) => p.mark.category === category).map((p) => p.range);
    if (ranges.length > 0) CSS.highlights.set(highlightName(category), new Highlight(...ranges));
  }
}

export function clearMarks(doc: Document): void {
  if (highlightsSupported()) {
    for (const category of MARK_CATEGORIES) CSS.highlights.delete(highlightName(category));
    CSS.highlights.delete(FLASH);
  }
  doc.getElementById(STYLE_ID)?.remove();
}

function addStyles(doc: Document, palette: Palette): void {
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = MARK_CATEGORIES.map((c) => `::highlight(${highlightName(c)}) { ${STYLES[palette][c]} }`)
    .concat(`::highlight(${FLASH}) { background-color: rgb(86 180 233 / 0.6); color: #000; }`)
    .join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

/** Scrolls a painted mark to the upper third of the view and flashes it briefly. */
export function revealMark(painted: PaintedMark, schedule: (fn: () => void, ms: number) => void): void {
  const rect = painted.range.getBoundingClientRect();
  const view = painted.range.startContainer.ownerDocument?.defaultView;
  view?.scrollBy({ top: rect.top - view.innerHeight / 3, behavior: 'instant' });
  if (!highlightsSupported()) return;
  const flash = new Highlight(painted.range);
  CSS.highlights.set(FLASH, flash);
  // A quicker second reveal owns the flash now: only remove our own.
  schedule(() => {
    if (CSS.highlights.get(FLASH) === flash) CSS.highlights.delete(FLASH);
  }, 1200);
}
