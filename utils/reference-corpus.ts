import { bundledCorpus } from '../lib/corpus/bundled.ts';
import { buildCorpusIndex, loadCorpus, type Corpus, type CorpusDocument } from '../lib/corpus/corpus.ts';
import bundledMeta from '../data/corpus/articles.json';
import { userArticles, type UserArticle } from './settings.ts';

// The bundled articles' texts load only when the reader has added articles of their own (the prebuilt
// index serves every other case).
const bundledTexts = import.meta.glob<string>('../data/corpus/*.txt', { query: '?raw', import: 'default' });

/** The corpus to compare with: the prebuilt bundled index, or, once the reader added articles, both together. */
export async function referenceCorpus(): Promise<Corpus> {
  const added = await userArticles.getValue();
  if (added.length === 0) return bundledCorpus();
  return loadCorpus(buildCorpusIndex([...(await bundledDocuments()), ...added.map(documentOf)]));
}

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
    date: null,
    url: null,
    text: article.text,
  };
}
