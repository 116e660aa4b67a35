import type { ArticleSummary } from '../lib/report.ts';

export function ArticleHeader({ article }: { article: ArticleSummary }) {
  return (
    <header class="article">
      <h1 data-testid="article-title">{article.title || 'Untitled article'}</h1>
      <p class="meta">
        {article.site && <span data-testid="article-site">{article.site}</span>}
        {article.byline && <span data-testid="article-byline">{article.byline}</span>}
        {article.lang && (
          <span data-testid="article-lang" title="Language">
            {article.lang}
          </span>
        )}
        <span data-testid="article-words">{article.wordCount.toLocaleString('en')} words</span>
      </p>
    </header>
  );
}
