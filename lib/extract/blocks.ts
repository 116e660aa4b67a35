import type { ArticleBlock, BlockKind, BlockLink } from '../article.ts';
import { collapseWhitespace } from '../text/whitespace.ts';

// Elements that start a new block. Everything else is inline and joins the text around it.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'UL',
  'CAPTION',
]);
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list-item';
  if (tag === 'BLOCKQUOTE') return 'quote';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION') return 'caption';
  if (tag === 'PRE') return 'preformatted';
  if (tag === 'TD' || tag === 'TH') return 'table-cell';
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
      const tag = element.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        run.text += ' ';
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        walk(element, kindOf(tag, kind));
        flush();
        continue;
      }
      if (tag === 'A') {
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
