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
const SHOW_ELEMENT_AND_TEXT = 1 | 4;
const ACCEPT = 1;
const REJECT_SUBTREE = 2;
const SKIP_ELEMENT = 3;

export function buildTextMap(root: Node): TextMap {
  const doc = root.ownerDocument ?? (root as Document);
  // Text that Readability drops as invisible is skipped too, or sentences would not match around it
  // (hidden "[update]" tags and MathML inside Wikipedia sentences).
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 3 ? ACCEPT : isHidden(node as Element) ? REJECT_SUBTREE : SKIP_ELEMENT,
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

/** Invisible as Readability judges it (its _isProbablyVisible), or an element whose text is never shown. */
function isHidden(element: Element): boolean {
  if (HIDDEN_TAGS.has(element.tagName.toUpperCase()) || element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return element.getAttribute('aria-hidden') === 'true' && !element.classList.contains('fallback-image');
}

export function compactText(text: string): string {
  let out = '';
  for (const char of text) if (!SPACE.test(char)) out += char;
  return out;
}
