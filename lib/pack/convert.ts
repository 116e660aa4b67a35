import type { Article } from '../article.ts';
import type { CorpusDocument } from '../corpus/corpus.ts';
import { articleIdOf } from './article-id.ts';
import type { PackArticle } from './pack-article.ts';

/**
 * A page's extracted article as a pack article: the extension ("Add to my references") and the CLI
 * (`crosscheck pack`) both save pages through this, so they give the same text and the same id.
 */
export function packArticleOf(article: Article, url: string | null = article.url): PackArticle {
  const text = article.blocks.map((block) => block.text).join('\n\n');
  const date =
    article.published && /^\d{4}-\d{2}-\d{2}/.test(article.published) ? article.published.slice(0, 10) : null;
  const title = article.title.replace(/\s+/g, ' ').trim() || (article.blocks[0]?.text.slice(0, 120) ?? '');
  return {
    id: articleIdOf({ url, site: article.site, title, text }),
    title,
    text,
    site: article.site,
    url,
    date,
    lang: article.lang,
  };
}

/** A pack article as the corpus indexes it: its title on the first line, then one paragraph per line. */
export function corpusDocumentOf(article: PackArticle): CorpusDocument {
  const paragraphs = article.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    id: article.id,
    title: article.title,
    site: article.site,
    date: article.date,
    url: article.url,
    text: [article.title, ...paragraphs].join('\n'),
  };
}
