import type { ArticleBlock, BlockKind, BlockLink } from '../article.ts';
import { collapseWhitespace } from '../text/whitespace.ts';

// Elements that start a new block. Everything else is inline and joins the text around it.
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
]);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'textarea',
]);

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (tag.length === 2 && tag.charCodeAt(0) === 104 /* h */ && tag >= 'h1' && tag <= 'h6') return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  if (tag === 'figcaption' || tag === 'caption') return 'caption';
  if (tag === 'pre') return 'preformatted';
  if (tag === 'td' || tag === 'th') return 'table-cell';
  return inherited;
}

interface Run {
  text: string;
  links: BlockLink[];
  /** Whether the text has anything but white space yet (tracked, so a long block is not trimmed per node). */
  started: boolean;
}

const NOT_SPACE = /\S/;

/**
 * Splits an article's content element into blocks (headings, paragraphs, list items, quotes, captions),
 * in reading order. Inline markup is flattened to text; links are kept so promotion signals can read them.
 */
export function blocksOf(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let run: Run = { text: '', links: [], started: false };
  let runKind: BlockKind = 'paragraph';

  const flush = () => {
    const text = collapseWhitespace(run.text);
    if (text) blocks.push({ kind: runKind, text, links: run.links });
    run = { text: '', links: [], started: false };
  };

  const walk = (node: Node, kind: BlockKind) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!run.started) runKind = kind;
        const value = child.nodeValue ?? '';
        run.text += value;
        if (!run.started) run.started = NOT_SPACE.test(value);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      // The local name in lower case, as tagName upper-cases it in an HTML document (tagName is rebuilt on every
      // read in linkedom).
      const tag = element.localName.toLowerCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'br') {
        run.text += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(element, kindOf(tag, kind));
        flush();
        continue;
      }
      if (tag === 'a') {
        const href = element.getAttribute('href');
        const text = collapseWhitespace(element.textContent ?? '');
        if (href) run.links.push({ text, href, rel: element.getAttribute('rel') ?? '' });
      }
      if (!run.started) runKind = kind;
      walk(element, kind);
    }
  };

  walk(root, 'paragraph');
  flush();
  return blocks;
}
