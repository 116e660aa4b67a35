import { buildTextMap, compactText, type TextMap } from './text-map.ts';

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
    let start = this.map.compact.indexOf(needle, this.cursor);
    if (start < 0) start = this.map.compact.indexOf(needle);
    if (start < 0) return null;
    this.cursor = start + needle.length;
    return this.rangeOf(start, start + needle.length - 1);
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
