import { blocksOf } from '../../extract/blocks.ts';
import { lexicon } from '../lexicon.ts';
import { countMatches } from '../text/patterns.ts';
import { cardCues, PAID_MARKER, SHOP_BUTTON } from './card-cues.ts';
import { classifyLink, forgetLinks } from './link-kinds.ts';
import type { PageCard } from './page-card.ts';

// A product box is small; climbing past this many characters means we reached the page's columns.
const MAX_CARD_CHARS = 600;
const STOP_TAGS = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
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
  // The memos serve one page: a page scanned again is measured afresh.
  forgetLinks();
  paidMarks.clear();
  const boxes = new Set<Element>();
  for (const element of anchorCandidates(root)) {
    if (isAnchor(element)) boxes.add(boxAround(element));
  }
  for (const element of couponHolders(root)) boxes.add(boxAround(element));
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
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'SPAN',
  'CODE',
  'MARK',
  'SMALL',
  'SUP',
  'SUB',
  'BR',
  'U',
  'S',
]);

/**
 * Links, buttons and anything carrying a marker attribute, in document order (the elements that
 * `a[href], button, [role="button"], [class], [id], [data-ad], [data-sponsored]` selects); coupon codes are
 * found from the text instead, so that no element's text is assembled unless it mentions a code. Walked by
 * hand: this scan runs on every page, and linkedom's selector engine took four times as long.
 */
function anchorCandidates(root: Element): Element[] {
  const found: Element[] = [];
  let element = root.firstElementChild;
  while (element) {
    const name = element.localName;
    if (
      (name === 'a' && element.hasAttribute('href')) ||
      name === 'button' ||
      element.hasAttribute('class') ||
      element.hasAttribute('id') ||
      element.getAttribute('role') === 'button' ||
      element.hasAttribute('data-ad') ||
      element.hasAttribute('data-sponsored')
    )
      found.push(element);
    // A template's content is not part of the page (browsers keep it in a fragment).
    let next = name === 'template' ? null : element.firstElementChild;
    for (let at: Element | null = element; !next && at && at !== root; at = at.parentElement)
      next = at.nextElementSibling;
    element = next;
  }
  return found;
}
const MAY_HOLD_COUPON = /code|checkout/i;

/** The innermost inline-only elements whose short text announces a coupon code. */
function couponHolders(root: Element): Element[] {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const holders = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!MAY_HOLD_COUPON.test(node.nodeValue ?? '')) continue;
    for (let element = node.parentElement; element && element !== root; element = element.parentElement) {
      if (hasCouponCode(element)) {
        holders.add(element);
        break;
      }
      if ((element.textContent ?? '').length > MAX_COUPON_TEXT) break;
    }
  }
  return [...holders];
}

function isAnchor(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (tag === 'A' && classifyLink(element.getAttribute('href') ?? '', element.getAttribute('rel') ?? ''))
    return true;
  if ((tag === 'A' || tag === 'BUTTON' || element.getAttribute('role') === 'button') && isShopButton(element))
    return true;
  return hasPaidMarker(element);
}

function boxAround(element: Element): Element {
  let box = element;
  for (
    let parent = box.parentElement;
    parent && !STOP_TAGS.has(parent.tagName.toUpperCase());
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
  const hasShopButton = Array.from(box.querySelectorAll('a, button, [role="button"]')).some(isShopButton);
  const marked = [box, ...Array.from(box.querySelectorAll('*'))].some(hasPaidMarker);
  const signals = cardCues({ text, links, hasShopButton, hasPaidMarker: marked });
  const furniture = lexicon.furniture.count(text) > 0 && !signals.includes('affiliate-link');
  if (furniture || signals.length < MIN_CUES) return null;
  return { text, signals, links };
}

function hasCouponCode(element: Element): boolean {
  if (Array.from(element.children).some((child) => !INLINE_TAGS.has(child.tagName.toUpperCase())))
    return false;
  const text = element.textContent ?? '';
  return text.length <= MAX_COUPON_TEXT && countMatches(lexicon.couponCodes, text) > 0;
}

function isShopButton(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 0 && text.length <= 40 && SHOP_BUTTON.test(text);
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

// Every element with a class is asked, and pages repeat their class names: remember the answers (bounded,
// emptied for each page).
const paidMarks = new Map<string, boolean>();
const PAID_MARKS_SIZE = 20_000;

function isPaidMark(mark: string | undefined): boolean {
  if (mark === undefined) return false;
  let paid = paidMarks.get(mark);
  if (paid === undefined) {
    paid = PAID_MARKER.test(mark);
    if (paidMarks.size >= PAID_MARKS_SIZE) paidMarks.clear();
    paidMarks.set(mark, paid);
  }
  return paid;
}
