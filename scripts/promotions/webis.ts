import { existsSync, readFileSync } from 'node:fs';
import type { Article, ArticleBlock } from '../../lib/article.ts';
import { partOf, type Part } from './split.ts';

export const WEBIS_DIR = new URL('../../../shared/outside/webis-native-ads/', import.meta.url).pathname;

export interface WebisResponse {
  id: string;
  /** The response's id without its -A/-N suffix: the ad and no-ad versions of one answer share it. */
  pairKey: string;
  part: Part;
  hasAd: boolean;
  /** The product area of the query (banking, car, gaming…). */
  topic: string;
  /** Character span of the ad sentence in the response. */
  adSentence: [number, number] | null;
  article: Article;
  /** Where each block starts in the response text. */
  blockStarts: number[];
}

interface Row {
  id: string;
  meta_topic: string;
  query: string;
  response: string;
}

interface LabelRow {
  id: string;
  label: number;
  sen_span: string | null;
}

export function webisAvailable(): boolean {
  return existsSync(`${WEBIS_DIR}responses-validation.jsonl`);
}

/**
 * The validation split, each response read as a page (its query as the title, its lines as paragraphs). The split
 * is by a hash of the pair key, so both versions of one answer fall in the same half.
 */
export function loadWebis(): WebisResponse[] {
  const labels = new Map(
    readJsonl<LabelRow>('responses-validation-labels.jsonl').map((row) => [row.id, row]),
  );
  return readJsonl<Row>('responses-validation.jsonl').map((row) => {
    const label = labels.get(row.id);
    const pairKey = row.id.replace(/-[AN]$/, '');
    const { blocks, blockStarts } = blocksOfResponse(row.response);
    const span = label?.sen_span
      ? (JSON.parse(label.sen_span.replace('(', '[').replace(')', ']')) as [number, number])
      : null;
    return {
      id: row.id,
      pairKey,
      part: partOf(pairKey),
      hasAd: label?.label === 1,
      topic: row.meta_topic,
      adSentence: span,
      blockStarts,
      article: {
        title: row.query,
        site: null,
        byline: null,
        lang: 'en',
        published: null,
        url: null,
        wordCount: row.response.split(/\s+/).length,
        blocks,
      },
    };
  });
}

function blocksOfResponse(response: string): { blocks: ArticleBlock[]; blockStarts: number[] } {
  const blocks: ArticleBlock[] = [];
  const blockStarts: number[] = [];
  let offset = 0;
  for (const line of response.split('\n')) {
    const lead = line.length - line.trimStart().length;
    if (line.trim()) {
      blocks.push({ kind: 'paragraph', text: line.trim(), links: [] });
      blockStarts.push(offset + lead);
    }
    offset += line.length + 1;
  }
  return { blocks, blockStarts };
}

function readJsonl<T>(name: string): T[] {
  return readFileSync(`${WEBIS_DIR}${name}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Whether a sentence (absolute span in the response) is the ad sentence: most of one lies inside the other. */
export function isAdSentence(response: WebisResponse, start: number, end: number): boolean {
  if (!response.adSentence) return false;
  const [adStart, adEnd] = response.adSentence;
  const overlap = Math.min(end, adEnd) - Math.max(start, adStart);
  return overlap > 0.5 * Math.min(end - start, adEnd - adStart);
}
