import { Readability } from '@mozilla/readability';

/** Highlight name the benchmark looks for in the page (distinct from Crosscheck's). */
const HIGHLIGHT = 'bench-floor';
/** Text of at least this length is taken as "a sentence" of the article. */
const MIN_CHARS = 40;

export interface FloorResult {
  ok: boolean;
  reason?: string;
  marked?: string;
}

/**
 * What any design must do after the click: run Readability on a clone of the page, then find one sentence of
 * the article again in the live page and mark it with the CSS Custom Highlight API. Nothing else.
 */
export function run(): FloorResult {
  performance.mark('crosscheck:floor-agent-start');
  const clone = document.cloneNode(true) as Document;
  const article = new Readability<Element>(clone, { serializer: (element) => element as Element }).parse();
  if (!article?.content) return { ok: false, reason: 'no article' };
  const needle = firstSentence(article.content);
  if (!needle) return { ok: false, reason: 'no sentence' };
  const range = findInPage(needle);
  if (!range) return { ok: false, reason: 'sentence not found in page' };
  const style = document.createElement('style');
  style.textContent = `::highlight(${HIGHLIGHT}) { background-color: rgb(240 228 66 / 0.4); }`;
  (document.head ?? document.documentElement).append(style);
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  performance.mark('crosscheck:floor-agent-done');
  return { ok: true, marked: needle };
}

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The first MIN_CHARS characters of the first long enough text in the article. */
function firstSentence(content: Element): string | null {
  for (const node of textNodes(content)) {
    const text = (node.data ?? '').trim();
    if (text.length >= MIN_CHARS) return text.slice(0, MIN_CHARS);
  }
  return null;
}

function findInPage(needle: string): Range | null {
  for (const node of textNodes(document.body ?? document.documentElement)) {
    const at = node.data.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return range;
  }
  return null;
}
