import { isProbablyReaderable } from '@mozilla/readability';

/** What one walk over a document's elements finds (template contents left out, as browsers do). */
export interface ElementScan {
  /** How many elements the document has. */
  count: number;
  /** The elements `p, pre, article` selects, in document order. */
  paragraphs: Element[];
  /** The elements `div > br` selects, in document order. */
  divBreaks: Element[];
}

/**
 * Counts the document's elements and gathers those Readability's quick check asks for, in one walk by hand:
 * linkedom answers 0 to getElementsByTagName('*') after walking the whole tree, and its selector engine matches a
 * selector against every element (the readerable check's two queries cost three times this walk on the 130
 * real pages).
 */
export function scanElements(doc: Document): ElementScan {
  const scan: ElementScan = { count: 0, paragraphs: [], divBreaks: [] };
  let element: Element | null = doc.documentElement;
  while (element) {
    scan.count++;
    const name: string = element.localName;
    if (name === 'p' || name === 'pre' || name === 'article') scan.paragraphs.push(element);
    else if (name === 'br' && element.parentElement?.localName === 'div') scan.divBreaks.push(element);
    let next: Element | null = name === 'template' ? null : element.firstElementChild;
    for (let at: Element | null = element; !next && at; at = at.parentElement) next = at.nextElementSibling;
    element = next;
  }
  return scan;
}

/**
 * Readability's own quick check (`isProbablyReaderable`), handed the elements it would select from the scan
 * instead of querying the document again. Any other query goes to the document itself.
 */
export function isReaderable(doc: Document, scan: ElementScan): boolean {
  const view = {
    querySelectorAll(selector: string) {
      if (selector === 'p, pre, article') return scan.paragraphs;
      if (selector === 'div > br') return scan.divBreaks;
      return doc.querySelectorAll(selector);
    },
  };
  return isProbablyReaderable(view as unknown as Document);
}
