import type { PaintedMark } from './highlights.ts';

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The painted mark under a point of the viewport, if any (the text position decides, not the box). */
export function markAtPoint(
  doc: Document,
  painted: readonly PaintedMark[],
  x: number,
  y: number,
): PaintedMark | null {
  const caretDoc = doc as CaretDocument;
  let node: Node | null = null;
  let offset = 0;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y);
    if (position) ({ offsetNode: node, offset } = position);
  } else if (caretDoc.caretRangeFromPoint) {
    const range = caretDoc.caretRangeFromPoint(x, y);
    if (range) ({ startContainer: node, startOffset: offset } = range);
  }
  if (!node || node.nodeType !== 3) return null;
  for (const entry of painted) {
    if (!entry.range.isPointInRange(node, offset)) continue;
    // The caret snaps to the nearest text; make sure the pointer is really over the passage.
    const inside = Array.from(entry.range.getClientRects()).some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
    if (inside) return entry;
  }
  return null;
}
