// Text inside these elements is never part of what a reader sees as the article.
const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);

/**
 * The page's text with white space removed, and for each of its characters the text node and offset it
 * came from. Matching without white space makes the search immune to how markup, line breaks and
 * Readability's normalisation space the words.
 */
export interface TextMap {
  compact: string;
  nodes: Text[];
  /** For each character of `compact`: index into `nodes`. */
  nodeOf: Uint32Array;
  /** For each character of `compact`: offset inside its node. */
  offsetOf: Uint32Array;
}

const SPACE = /[\s\u00a0\u200b-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]/;

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode: (node) =>
      node.parentElement && HIDDEN_TAGS.has(node.parentElement.tagName.toUpperCase()) ? 2 : 1,
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIndexes: number[] = [];
  const offsets: number[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const index = nodes.push(node as Text) - 1;
    for (let offset = 0; offset < value.length; offset++) {
      const char = value[offset]!;
      if (SPACE.test(char)) continue;
      chars.push(char);
      nodeIndexes.push(index);
      offsets.push(offset);
    }
  }
  return {
    compact: chars.join(''),
    nodes,
    nodeOf: Uint32Array.from(nodeIndexes),
    offsetOf: Uint32Array.from(offsets),
  };
}

export function compactText(text: string): string {
  let out = '';
  for (const char of text) if (!SPACE.test(char)) out += char;
  return out;
}
