import type { ArticleSummary, Report } from '../lib/report.ts';
import { countOf } from '../lib/page/count-words.ts';

type Genre = NonNullable<ArticleSummary['genre']>;

/** What a page of each genre is called in a sentence ("This page is a product review"). */
const GENRE_PHRASE: Record<Genre, string | null> = {
  news: null,
  review: 'a product review',
  'buying-guide': 'a buying guide',
  deals: 'a page of deals',
  affiliate: 'an affiliate page',
};

/** Why a product page shows no promotions, or null for news (and unclassified pages). */
export function genreNotice(genre: ArticleSummary['genre']): string | null {
  const phrase = genre ? GENRE_PHRASE[genre] : null;
  return phrase ? `This page is ${phrase}; its sentences are not checked for injected promotions.` : null;
}

/** How many reference articles cover the page's story: the story's own count when the engine gives it. */
export function storyArticleCount(report: Report): number {
  return report.story.articles ?? report.story.related.length;
}

/** "3 reference articles from 3 outlets cover this story", or null when no reference covers it. */
export function coverageLine(report: Report): string | null {
  if (!report.story.inCorpus) return null;
  const articles = storyArticleCount(report);
  if (articles === 0) return null;
  const outlets = report.story.outlets;
  const from = outlets !== undefined ? ` from ${countOf(outlets, 'outlet')}` : '';
  return `${countOf(articles, 'reference article')}${from} ${articles === 1 ? 'covers' : 'cover'} this story.`;
}

/** "Reported by 2 of 3 reference articles on this story". */
export function reportedBy(reporting: number, report: Report): string {
  const total = Math.max(storyArticleCount(report), reporting);
  return `Reported by ${reporting} of ${countOf(total, 'reference article')} on this story`;
}
