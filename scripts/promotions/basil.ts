import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Article } from '../../lib/article.ts';
import { partOf, type Part } from './split.ts';

const BASIL_DIR = new URL('../../../shared/outside/basil-dev/articles/', import.meta.url).pathname;

export interface NewsArticle {
  key: string;
  part: Part;
  article: Article;
}

interface BasilFile {
  title: string;
  source: string;
  'triplet-uuid': string;
  'body-paragraphs': string[][];
}

/** BASIL news articles (Fox, NYT, HuffPost): real news, none of it advertising. Split by triplet. */
export function loadBasil(): NewsArticle[] {
  if (!existsSync(BASIL_DIR)) return [];
  return readdirSync(BASIL_DIR).flatMap((year) =>
    readdirSync(`${BASIL_DIR}${year}`)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = JSON.parse(readFileSync(`${BASIL_DIR}${year}/${name}`, 'utf8')) as BasilFile;
        const blocks = file['body-paragraphs']
          .map((sentences) => sentences.join(' ').replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .map((text) => ({ kind: 'paragraph' as const, text, links: [] }));
        const article: Article = {
          title: file.title,
          site: file.source,
          byline: null,
          lang: 'en',
          published: null,
          url: null,
          wordCount: 0,
          blocks,
        };
        return { key: `${year}/${name}`, part: partOf(file['triplet-uuid']), article };
      }),
  );
}
