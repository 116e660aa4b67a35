import { buildTextMap, compactText, type TextMap } from './text-map.ts';

// A passage may be interrupted in the page by a few characters the article text lacks (a citation
// mark, a pronunciation, an inline widget): up to this many per interruption.
const MAX_GAP = 60;
// Pieces shorter than this are too common to re-anchor on after a gap.
const ANCHOR = 8;

/**
 * Finds passages of the article again in the live page, as DOM Ranges, without changing the page.
 * Passages are searched in reading order from where the previous one was found, so a sentence repeated
 * elsewhere on the page (a teaser, a pull quote) does not steal the mark of the one in the article.
 */
export class PassageLocator {
  private readonly map: TextMap;
  private cursor = 0;

  constructor(root: Node) {
    this.map = buildTextMap(root);
  }

  locate(text: string): Range | null {
    const needle = compactText(text);
    if (!needle) return null;
    const found =
      this.exact(needle, this.cursor) ??
      this.exact(needle, 0) ??
      this.gapped(needle, this.cursor) ??
      this.gapped(needle, 0);
    if (!found) return null;
    this.cursor = found.end;
    return this.rangeOf(found.start, found.end - 1);
  }

  private exact(needle: string, from: number): { start: number; end: number } | null {
    const start = this.map.compact.indexOf(needle, from);
    return start < 0 ? null : { start, end: start + needle.length };
  }

  /** The passage with short stretches of extra page text inside it. */
  private gapped(needle: string, from: number): { start: number; end: number } | null {
    const page = this.map.compact;
    const head = needle.slice(0, Math.min(needle.length, 2 * ANCHOR));
    for (let start = page.indexOf(head, from); start >= 0; start = page.indexOf(head, start + 1)) {
      let i = start;
      let j = 0;
      while (j < needle.length) {
        if (page[i] === needle[j]) {
          i++;
          j++;
          continue;
        }
        const next = page.indexOf(needle.slice(j, j + ANCHOR), i);
        if (next < 0 || next - i > MAX_GAP) break;
        i = next;
      }
      if (j === needle.length) return { start, end: i };
    }
    return null;
  }

  private rangeOf(first: number, last: number): Range {
    const { nodes, nodeOf, offsetOf } = this.map;
    const startNode = nodes[nodeOf[first]!]!;
    const endNode = nodes[nodeOf[last]!]!;
    const range = startNode.ownerDocument.createRange();
    range.setStart(startNode, offsetOf[first]!);
    range.setEnd(endNode, offsetOf[last]! + 1);
    return range;
  }
}
