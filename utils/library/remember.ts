import type { Article } from '../../lib/article.ts';
import type { Report } from '../../lib/report.ts';
import { packArticleOf } from '../../lib/pack/convert.ts';
import { rememberChecked } from '../settings.ts';
import { addArticles } from './library.ts';
import { openLibrary } from './open-library.ts';
import { keepLibraryStats } from './keep-stats.ts';

/**
 * "Remember the articles I check": adds an analysed news article to the library when the reader chose
 * so. Pages about a product (reviews, deals) are not news coverage and are left out.
 */
export async function rememberIfChosen(article: Article, report: Report): Promise<void> {
  if (!(await rememberChecked.getValue())) return;
  const genre = (report.article as { genre?: string }).genre;
  if (genre !== undefined && genre !== 'news') return;
  const db = await openLibrary();
  await addArticles(db, [packArticleOf(article)]);
  keepLibraryStats(db);
}
