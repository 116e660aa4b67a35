import { blocksOf } from '../../extract/blocks.ts';
import { isSpace } from '../../text/char-classes.ts';
import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import { cardCues, PAID_MARKER, SHOP_BUTTON } from './card-cues.ts';
import { classifyLink, forgetLinks } from './link-kinds.ts';
import type { PageCard } from './page-card.ts';

// A product box is small; climbing past this many characters means we reached the page's columns.
const MAX_CARD_CHARS = 600;
const STOP_TAGS = new Set(['body', 'html', 'main', 'article']);
// One cue (a lone tagged link in running text) is not enough to call a whole box an advert.
const MIN_CUES = 2;

/**
 * Scans the live page for sponsored product boxes, including the asides Readability drops: boxes around a
 * sponsored or affiliate link, a shop button, a coupon code or a paid-content marker, that show at least two
 * advertising cues.
 */
export function findSponsoredCards(doc: Document): PageCard[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  // The memo of link kinds serves one page: a page scanned again is measured afresh.
  forgetLinks();
  const { candidates, codeTexts } = walkPage(root);
  const boxes = new Set<Element>();
  for (const element of candidates) {
    if (isAnchor(element)) boxes.add(boxAround(element));
  }
  for (const element of couponHolders(root, codeTexts)) boxes.add(boxAround(element));
  const cards: PageCard[] = [];
  for (const box of outermost([...boxes])) {
    const card = cardOf(box);
    if (card) cards.push(card);
  }
  return cards;
}

// A coupon code is announced in a short run of text ("Use code FRESH20 for 20% off").
const MAX_COUPON_TEXT = 200;
// Only elements holding inline markup are read for codes, so no large subtree's text is ever assembled.
const INLINE_TAGS = new Set([
  'a',
  'b',
  'strong',
  'em',
  'i',
  'span',
  'code',
  'mark',
  'small',
  'sup',
  'sub',
  'br',
  'u',
  's',
]);

/**
 * One walk over the page (elements and text, in document order) gathers links, buttons and anything carrying a
 * marker attribute (the elements `a[href], button, [role="button"], [class], [id], [data-ad], [data-sponsored]`
 * selects), and the texts that may announce a coupon code: no element's text is assembled unless it mentions a
 * code. Walked by hand: this scan runs on every page, and linkedom's selector engine took four times as long.
 */
function walkPage(root: Element): { candidates: Element[]; codeTexts: Node[] } {
  const candidates: Element[] = [];
  const codeTexts: Node[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  // A template's content is not part of the page (browsers keep it in a fragment, linkedom among its children):
  // its elements are passed over. Its text was read for codes before, and still is.
  let template: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (MAY_HOLD_COUPON.test(node.nodeValue ?? '')) codeTexts.push(node);
      continue;
    }
    const element = node as Element;
    if (template && isInside(element, template)) continue;
    template = null;
    const name = element.localName;
    if (name === 'template') template = element;
    if (
      (name === 'a' && element.hasAttribute('href')) ||
      name === 'button' ||
      element.hasAttribute('class') ||
      element.hasAttribute('id') ||
      element.getAttribute('role') === 'button' ||
      element.hasAttribute('data-ad') ||
      element.hasAttribute('data-sponsored')
    )
      candidates.push(element);
  }
  return { candidates, codeTexts };
}

function isInside(element: Element, ancestor: Element): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) if (at === ancestor) return true;
  return false;
}

const MAY_HOLD_COUPON = /code|checkout/i;

/** The innermost inline-only elements whose short text announces a coupon code. */
function couponHolders(root: Element, codeTexts: Node[]): Element[] {
  const holders = new Set<Element>();
  for (const node of codeTexts) {
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      // Each element's text is read once: it decides both whether it holds a code and whether to climb on.
      const text = element.textContent ?? '';
      if (text.length <= MAX_COUPON_TEXT && hasCouponCode(element, text)) {
        holders.add(element);
        break;
      }
      if (text.length > MAX_COUPON_TEXT) break;
    }
  }
  return [...holders];
}

function isAnchor(element: Element): boolean {
  const name = element.localName;
  if (name === 'a' && classifyLink(element.getAttribute('href') ?? '', element.getAttribute('rel') ?? ''))
    return true;
  if (
    (name === 'a' || name === 'button' || element.getAttribute('role') === 'button') &&
    isShopButton(element)
  )
    return true;
  return hasPaidMarker(element);
}

function boxAround(element: Element): Element {
  let box = element;
  for (
    let parent = box.parentElement;
    parent && !STOP_TAGS.has(parent.localName);
    parent = parent.parentElement
  ) {
    if ((parent.textContent ?? '').length > MAX_CARD_CHARS) break;
    box = parent;
  }
  return box;
}

function outermost(boxes: Element[]): Element[] {
  return boxes.filter((box) => !boxes.some((other) => other !== box && other.contains(box)));
}

function cardOf(box: Element): PageCard | null {
  const blocks = blocksOf(box);
  const text = blocks
    .map((block) => block.text)
    .join(' ')
    .trim();
  if (!text) return null;
  const links = blocks.flatMap((block) => block.links);
  const { hasShopButton, marked } = marksOf(box);
  const signals = cardCues({ text, links, hasShopButton, hasPaidMarker: marked });
  const furniture = lexicon.furniture.count(text) > 0 && !signals.includes('affiliate-link');
  if (furniture || signals.length < MIN_CUES) return null;
  return { text, signals, links };
}

/**
 * Whether a box holds a shop button (among the elements `a, button, [role="button"]` selects) and whether it or
 * an element in it carries a paid marker: one walk by hand over the box (template contents left out, as the
 * selector engine leaves them), stopping once both are known.
 */
function marksOf(box: Element): { hasShopButton: boolean; marked: boolean } {
  let hasShopButton = false;
  let marked = hasPaidMarker(box);
  let element = box.firstElementChild;
  while (element && !(hasShopButton && marked)) {
    const name = element.localName;
    if (
      !hasShopButton &&
      (name === 'a' || name === 'button' || element.getAttribute('role') === 'button') &&
      isShopButton(element)
    )
      hasShopButton = true;
    if (!marked && hasPaidMarker(element)) marked = true;
    let next = name === 'template' ? null : element.firstElementChild;
    for (let at: Element | null = element; !next && at && at !== box; at = at.parentElement)
      next = at.nextElementSibling;
    element = next;
  }
  return { hasShopButton, marked };
}

/** Whether an element holding only inline markup, whose text this is, announces a coupon code. */
function hasCouponCode(element: Element, text: string): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling)
    if (!INLINE_TAGS.has(child.localName)) return false;
  return countMatches(lexicon.couponCodes, text) > 0;
}

// Button labels are short ("Shop now", "$129 at Amazon"): a link whose text has more than this many characters
// other than white space is not one, however its white space collapses.
const MAX_BUTTON_CHARS = 40;

function isShopButton(element: Element): boolean {
  const raw = element.textContent ?? '';
  if (solidLength(raw, MAX_BUTTON_CHARS) > MAX_BUTTON_CHARS) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= MAX_BUTTON_CHARS && SHOP_BUTTON.test(text);
}

/** How many characters of a text are not white space (as `\s` reads it), counted up to just past `limit`. */
function solidLength(text: string, limit: number): number {
  let solid = 0;
  for (let at = 0; at < text.length && solid <= limit; at++) if (!isSpace(text.charCodeAt(at))) solid++;
  return solid;
}

// Attribute values as written: linkedom's getAttribute('class') rebuilds the class list for every element (the
// marker matches whole class names, so the value as written answers the same).
function hasPaidMarker(element: Element): boolean {
  return (
    isPaidMark(element.getAttributeNode('class')?.value) ||
    isPaidMark(element.getAttributeNode('id')?.value) ||
    isPaidMark(element.getAttributeNode('data-ad')?.value) ||
    (element.hasAttribute('data-sponsored') && isPaidMark('sponsored'))
  );
}

// Asked of the pattern each time: a memo of the answers cost more than the pattern (every class value is a new
// string to hash, and the pattern rejects most in a few steps).
function isPaidMark(mark: string | undefined): boolean {
  return mark !== undefined && PAID_MARKER.test(mark);
}
