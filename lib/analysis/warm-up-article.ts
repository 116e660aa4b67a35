import type { Article } from '../article.ts';
import type { CorpusIndexJson } from '../corpus/corpus.ts';

/**
 * A small article made of the reference corpus's own opening sentences (a few from each of its first
 * articles), for running the engine once before a reader's page arrives: Firefox's background page loses
 * its compiled code between clicks, and a cold engine takes several times as long. Built from the corpus,
 * so that the comparison finds related articles and runs its whole path; nothing reads its report.
 */
export function warmUpArticle(index: CorpusIndexJson, articles = 3, sentencesEach = 2): Article {
  const blocks = index.docs.slice(0, articles).flatMap((doc) =>
    index.sentences.slice(doc.first, doc.first + Math.min(sentencesEach, doc.count)).map((sentence) => ({
      kind: 'paragraph' as const,
      text: sentence.text,
      links: [],
    })),
  );
  const wordCount = blocks.reduce((sum, block) => sum + block.text.split(' ').length, 0);
  return {
    title: index.docs[0]?.title ?? '',
    site: null,
    byline: null,
    lang: 'en',
    published: null,
    url: null,
    wordCount,
    blocks,
  };
}
