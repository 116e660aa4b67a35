import bundledMeta from '../data/corpus/articles.json';
import { bundledCorpus } from '../lib/corpus/bundled.ts';
import {
  buildCorpusIndex,
  CORPUS_INDEX_VERSION,
  loadCorpus,
  type Corpus,
  type CorpusDocument,
  type CorpusIndexJson,
} from '../lib/corpus/corpus.ts';
import { combinedCorpusIndex, userArticles, type UserArticle } from './settings.ts';

// The bundled articles' texts load only when the reader has added articles of their own (the prebuilt
// index serves every other case).
const bundledTexts = import.meta.glob<string>('../data/corpus/*.txt', { query: '?raw', import: 'default' });

/**
 * The corpus to compare with: the prebuilt bundled index, or, once the reader added articles, the index
 * of both that the options page built when the articles changed (rebuilt here only if it is missing).
 */
export async function referenceCorpus(): Promise<Corpus> {
  const added = await userArticles.getValue();
  if (added.length === 0) return bundledCorpus();
  const stored = await combinedCorpusIndex.getValue();
  // The key holds the index format's version: an index stored by an older release is rebuilt.
  if (stored && stored.key === articlesKey(added)) return loadCorpus(stored.index);
  return loadCorpus(await rebuildCombinedIndex(added));
}

/** Indexes the bundled and the reader's articles together and stores the result for the popup. */
export async function rebuildCombinedIndex(added: UserArticle[]): Promise<CorpusIndexJson> {
  const index = buildCorpusIndex([...(await bundledDocuments()), ...added.map(documentOf)]);
  await combinedCorpusIndex.setValue(added.length > 0 ? { key: articlesKey(added), index } : null);
  return index;
}

const articlesKey = (articles: UserArticle[]) =>
  [`v${CORPUS_INDEX_VERSION}`, ...articles.map((a) => `${a.id}:${a.text.length}`)].join('|');

async function bundledDocuments(): Promise<CorpusDocument[]> {
  return Promise.all(
    bundledMeta.articles.map(async (meta) => {
      const load = bundledTexts[`../data/corpus/${meta.id}.txt`];
      return {
        id: meta.id,
        title: meta.title,
        site: meta.site,
        date: meta.date,
        url: null,
        text: load ? await load() : '',
      };
    }),
  );
}

function documentOf(article: UserArticle): CorpusDocument {
  return {
    id: article.id,
    title: article.title,
    site: article.site,
    date: article.date ?? null,
    url: null,
    text: article.text,
  };
}
