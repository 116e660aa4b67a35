import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../article.ts';
import { collapseWhitespace, countWords } from '../text/whitespace.ts';
import { blocksOf } from './blocks.ts';
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
}

const DEFAULT_MAX_ELEMENTS = 200_000;

export const NOT_AN_ARTICLE =
  'This page does not look like an article: Crosscheck compares news articles with reference coverage.';

/**
 * Extracts the readable article from a document. Readability mutates what it is given, so it runs on a
 * clone: the page itself is never touched.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractionResult {
  if (!options.force && !isProbablyReaderable(doc)) {
    return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
  }
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (element) => element as Element,
      maxElemsToParse: options.maxElems ?? DEFAULT_MAX_ELEMENTS,
    }).parse();
  } catch (error) {
    if (String(error).includes('Aborting parsing')) {
      return {
        ok: false,
        reason: 'too-large',
        message: 'This page is too large to analyse (more than 200,000 elements).',
      };
    }
    throw error;
  }
  if (!parsed?.content) return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };

  const blocks = blocksOf(parsed.content);
  const title = headlineOf(
    collapseWhitespace(parsed.title ?? '') || collapseWhitespace(doc.title ?? ''),
    doc,
  );
  if (blocks.length === 0) return { ok: false, reason: 'not-an-article', message: NOT_AN_ARTICLE };
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
      wordCount: blocks.reduce((sum, block) => sum + countWords(block.text), 0),
      blocks,
    },
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
