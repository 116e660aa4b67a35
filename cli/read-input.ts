import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import type { Article } from '../lib/article.ts';
import { articleFromText } from '../lib/extract/article-from-text.ts';
import { extractArticle } from '../lib/extract/extract-article.ts';
import { findSponsoredCards, type PageCard } from '../lib/promotion/detect.ts';
import { UnusableInput } from './unusable-input.ts';

export { UnusableInput };

export interface PageInput {
  article: Article;
  pageCards: PageCard[];
}

// Far beyond any real article page; past it we refuse instead of exhausting memory.
const MAX_BYTES = 64 * 1024 * 1024;

const NO_ARTICLE_TEXT = 'no article text (the file is empty)';

/**
 * Reads one input named on the command line. Reasons it cannot be used are thrown as UnusableInput and
 * never name the input: the caller puts its name in front, once.
 */
export async function readInput(input: string, options: { force: boolean }): Promise<PageInput> {
  if (input === '-') return fromHtml(await readStdin(), null, options);
  if (/^https?:\/\//i.test(input)) return fromHtml(await fetchPage(input), input, options);
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    throw new UnusableInput(`cannot read it: ${reasonOf(error)}`);
  }
  if (info.isDirectory())
    throw new UnusableInput('is a folder: name the pages in it instead (for example folder/*.html)');
  if (info.size > MAX_BYTES)
    throw new UnusableInput(`too large (${Math.round(info.size / 1e6)} MB; the limit is 64 MB)`);
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new UnusableInput(`cannot read it: ${reasonOf(error)}`);
  }
  if (/\.txt$/i.test(input)) {
    const article = articleFromText(text);
    if (article.blocks.length === 0)
      throw new UnusableInput(text.trim() ? 'no article text (only a title line)' : NO_ARTICLE_TEXT);
    return { article, pageCards: [] };
  }
  return fromHtml(text, null, options);
}

export function fromHtml(html: string, url: string | null, options: { force: boolean }): PageInput {
  if (!html.replace(/^\uFEFF/, '').trim()) throw new UnusableInput(NO_ARTICLE_TEXT);
  if (!/<[a-z!][^>]*>/i.test(html)) throw new UnusableInput('not HTML (for plain text, use a .txt file)');
  const { document } = parseHTML(html);
  return fromDocument(document as unknown as Document, url, options);
}

/** The article and sponsored boxes of a parsed page, which this consumes (Readability rewrites it). */
export function fromDocument(doc: Document, url: string | null, options: { force: boolean }): PageInput {
  // The CLI owns this document: scan it for sponsored boxes first, then let Readability consume it.
  const pageCards = findSponsoredCards(doc);
  const result = extractArticle(doc, { url, force: options.force, readerDocument: doc });
  if (!result.ok) {
    const hint = result.reason === 'not-an-article' && !options.force ? ' (--force analyses it anyway)' : '';
    throw new UnusableInput(`${result.message}${hint}`);
  }
  return { article: result.article, pageCards };
}

/** A file system error in words ("no such file"), not a code (ENOENT). */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (error as Error).message;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow' });
  } catch (error) {
    throw new UnusableInput(`cannot fetch it: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UnusableInput(`cannot fetch it: HTTP ${response.status}`);
  return response.text();
}
