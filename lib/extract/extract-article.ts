import { Readability } from '@mozilla/readability';
import type { Article } from '../article.ts';
import { collapseWhitespace, countWords } from '../text/whitespace.ts';
import { hasArticleText } from './article-text.ts';
import { blocksOf } from './blocks.ts';
import { isReaderable, scanElements } from './element-scan.ts';
import { headlineOf } from './headline.ts';

export type ExtractionFailure =
  | { ok: false; reason: 'not-an-article'; message: string }
  | { ok: false; reason: 'too-large'; message: string };

export type ExtractionResult = { ok: true; article: Article } | ExtractionFailure;

export interface ExtractOptions {
  /** The page's address, when known (saved pages may not carry one). */
  url?: string | null;
  /** Skip the cheap "is this an article?" pre-check (the CLI's --force). */
  force?: boolean;
  /** Readability gives up on documents with more elements than this. */
  maxElems?: number;
  /**
   * The copy Readability may consume (it mutates what it reads). Defaults to an inert copy of `doc`; a
   * caller that owns `doc` and is done with it (the CLI) passes `doc` itself and saves the copy.
   */
  readerDocument?: Document;
}

// Five times the largest of 130 real pages measured (~10,000 elements): beyond it Readability can take
// seconds and freeze the tab, so we say so instead.
const DEFAULT_MAX_ELEMENTS = 50_000;
// Far beyond any news article (long reads run to ~15,000 words).
const MAX_WORDS = 60_000;

export const NOT_AN_ARTICLE =
  'This page does not look like an article: Crosscheck compares news articles with reference coverage.';

/**
 * Extracts the readable article from a document. Readability mutates what it is given, so it runs on a
 * copy: the page itself is never touched.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  const maxElems = options.maxElems ?? DEFAULT_MAX_ELEMENTS;
  const scan = scanElements(doc);
  if (scan.count > maxElems) return tooLarge(`${scan.count.toLocaleString('en')} elements`);
  // Readability's quick check passes long articles at once; a page it doubts (a short brief, a home page) is read
  // in full and refused only when it has no article text (lib/extract/article-text.ts).
  const checkText = !options.force && !isReaderable(doc, scan);
  const clone = options.readerDocument ?? inertCopyOf(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (element) => element as Element,
      // Readability counts the elements again before it parses (a full walk in linkedom, which answers 0): the
      // document itself was counted above; only a copy, which may parse differently, is counted again.
      ...(clone === doc ? {} : { maxElemsToParse: maxElems }),
    }).parse();
  } catch (error) {
    if (String(error).includes('Aborting parsing')) return tooLarge('too many elements');
    throw error;
  }
  if (!parsed?.content) return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };

  const blocks = blocksOf(parsed.content);
  const title = headlineOf(
    collapseWhitespace(parsed.title ?? '') || collapseWhitespace(doc.title ?? ''),
    doc,
  );
  if (blocks.length === 0 || (checkText && !hasArticleText(blocks)))
    return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
  const wordCount = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  if (wordCount > MAX_WORDS) return tooLarge(`${wordCount.toLocaleString('en')} words`);
  const url = options.url ?? null;
  return {
    ok: true,
    article: {
      title,
      site: cleanText(parsed.siteName) ?? hostOf(url),
      byline: cleanText(parsed.byline),
      lang: cleanText(parsed.lang) ?? cleanText(doc.documentElement?.getAttribute('lang')),
      published: cleanText(parsed.publishedTime),
      url,
      wordCount,
      blocks,
    },
  };
}

/**
 * A copy of the page that loads nothing. A cloneNode copy of a live document fetches the images it
 * references (measured in Chromium); a document parsed by DOMParser runs no script and loads nothing.
 */
export function inertCopyOf(doc: Document): Document {
  if (typeof DOMParser === 'function' && doc.documentElement) {
    return new DOMParser().parseFromString(doc.documentElement.outerHTML, 'text/html');
  }
  return doc.cloneNode(true) as Document;
}

function tooLarge(what: string): ExtractionFailure {
  return {
    ok: false,
    reason: 'too-large',
    message: `This page is too large to analyse (${what}); Crosscheck reads news articles.`,
  };
}

function cleanText(value: string | null | undefined): string | null {
  const text = collapseWhitespace(value ?? '');
  return text || null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}
