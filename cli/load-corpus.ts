import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import {
  buildCorpusIndex,
  loadCorpus,
  type Corpus,
  type CorpusDocument,
  type CorpusIndexJson,
} from '../lib/corpus/corpus.ts';
import { corpusDocumentOf } from '../lib/pack/convert.ts';
import { readPackFile } from './read-pack-file.ts';
import { fromHtml } from './read-input.ts';
import { UnusableInput } from './unusable-input.ts';

/**
 * A corpus named on the command line: a reference pack (.jsonl), a built index (.json) or a folder of
 * articles (.txt: first line the title; .html: a saved page). A broken article or pack line is skipped with
 * a warning; the rest still counts.
 */
export async function loadCorpusFrom(path: string, warn: (line: string) => void): Promise<Corpus> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UnusableInput(`cannot read corpus ${path}: no such file or folder`);
  }
  if (info.isFile() && /\.(jsonl|ndjson)$/i.test(path)) {
    const articles = await readPackFile(path, warn);
    return loadCorpus(buildCorpusIndex(articles.map(corpusDocumentOf)));
  }
  if (info.isFile()) return loadIndexFile(path);
  const names = (await readdir(path)).filter((name) => /\.(txt|html?)$/i.test(name)).sort();
  const docs: CorpusDocument[] = [];
  for (const name of names) {
    try {
      docs.push(await readCorpusArticle(join(path, name)));
    } catch (error) {
      warn(`skipping corpus article ${name}: ${(error as Error).message}`);
    }
  }
  if (docs.length === 0) throw new UnusableInput(`corpus ${path} holds no readable .txt or .html article`);
  return loadCorpus(buildCorpusIndex(docs));
}

async function loadIndexFile(path: string): Promise<Corpus> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UnusableInput(`corpus ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if ((json as CorpusIndexJson | null)?.format !== 'crosscheck-corpus') {
    throw new UnusableInput(
      `corpus ${path} is not a Crosscheck corpus index (build one with npm run build:corpus)`,
    );
  }
  try {
    return loadCorpus(json as CorpusIndexJson);
  } catch (error) {
    throw new UnusableInput(`corpus ${path} cannot be loaded: ${(error as Error).message}`);
  }
}

async function readCorpusArticle(file: string): Promise<CorpusDocument> {
  const raw = await readFile(file, 'utf8');
  const id = basename(file, extname(file));
  if (/\.txt$/i.test(file)) {
    const text = raw.replace(/^\uFEFF/, '');
    const title = text
      .split(/\r?\n/)
      .find((line) => line.trim())
      ?.trim();
    if (!title) throw new Error('empty file');
    return { id, title, site: null, date: null, url: null, text };
  }
  const { article } = fromHtml(raw, null, { force: true });
  const text = [article.title, ...article.blocks.map((block) => block.text)].join('\n');
  return {
    id,
    title: article.title,
    site: article.site,
    date: article.published?.slice(0, 10) ?? null,
    url: null,
    text,
  };
}
