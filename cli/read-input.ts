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

export async function readInput(input: string, options: { force: boolean }): Promise<PageInput> {
  if (input === '-') return fromHtml(await readStdin(), null, options);
  if (/^https?:\/\//i.test(input)) return fromHtml(await fetchPage(input), input, options);
  let size: number;
  try {
    size = (await stat(input)).size;
  } catch {
    throw new UnusableInput(`cannot read ${input}: no such file`);
  }
  if (size > MAX_BYTES)
    throw new UnusableInput(`${input} is too large (${Math.round(size / 1e6)} MB; the limit is 64 MB)`);
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new UnusableInput(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}`);
  }
  if (/\.txt$/i.test(input)) {
    const article = articleFromText(text);
    if (article.blocks.length === 0) throw new UnusableInput(`${input} has no article text`);
    return { article, pageCards: [] };
  }
  return fromHtml(text, null, options);
}

export function fromHtml(html: string, url: string | null, options: { force: boolean }): PageInput {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new UnusableInput('not HTML (for plain text, use a .txt file)');
  const { document } = parseHTML(html);
  return fromDocument(document as unknown as Document, url, options);
}

/** The article and sponsored boxes of a parsed page, which this consumes (Readability rewrites it). */
export function fromDocument(doc: Document, url: string | null, options: { force: boolean }): PageInput {
  // The CLI owns this document: scan it for sponsored boxes first, then let Readability consume it.
  const pageCards = findSponsoredCards(doc);
  const result = extractArticle(doc, { url, force: options.force, readerDocument: doc });
  if (!result.ok) throw new UnusableInput(result.message);
  return { article: result.article, pageCards };
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
    throw new UnusableInput(`cannot fetch ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new UnusableInput(`cannot fetch ${url}: HTTP ${response.status}`);
  return response.text();
}
