import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDocument } from '../../lib/corpus/corpus.ts';

interface ArticleMeta {
  id: string;
  title: string;
  site: string | null;
  date: string | null;
  url?: string | null;
}

/** The bundled corpus's articles: data/corpus/*.txt with the metadata of data/corpus/articles.json. */
export function readCorpusDocuments(
  folder = join(import.meta.dirname, '..', '..', 'data', 'corpus'),
): CorpusDocument[] {
  const meta = JSON.parse(readFileSync(join(folder, 'articles.json'), 'utf8')) as { articles: ArticleMeta[] };
  const byId = new Map(meta.articles.map((article) => [article.id, article]));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.txt$/, '');
      const text = readFileSync(join(folder, name), 'utf8');
      const info = byId.get(id);
      const firstLine = text.split(/\r?\n/).find((line) => line.trim()) ?? id;
      return {
        id,
        title: info?.title ?? firstLine.trim(),
        site: info?.site ?? null,
        date: info?.date ?? null,
        url: info?.url ?? null,
        text,
      };
    });
}
