import type { Report } from '../lib/report.ts';
import { verdictOf } from '../lib/verdict.ts';

const LABEL = {
  corroborated: '✔ corroborated',
  conflicting: '✖ conflicting',
  unsupported: '? not found',
} as const;

/** The readable report: what the popup shows, as plain text for a terminal. */
export function formatReport(report: Report): string {
  const { article } = report;
  const lines: string[] = [];
  lines.push(article.title || 'Untitled article');
  lines.push(
    [article.site, article.byline, article.lang, `${article.wordCount} words`].filter(Boolean).join(' · '),
  );
  lines.push('', verdictOf(report));
  if (report.story.related.length > 0) {
    const { articles, outlets } = report.story;
    const coverage =
      articles === undefined
        ? ''
        : ` (this story: ${plural(articles, 'reference article')} from ${plural(outlets ?? articles, 'outlet')})`;
    lines.push('', `Related reference articles${coverage}:`);
    for (const related of report.story.related)
      lines.push(`  ${related.docId}  ${related.title} (${related.score.toFixed(2)})`);
  }
  if (report.story.identicalTo) lines.push(`  (this page is a copy of ${report.story.identicalTo})`);
  if (report.claims.length > 0) lines.push('', 'Claims:');
  for (const claim of report.claims) {
    lines.push(`  ${LABEL[claim.status]}: ${claim.text}`);
    if (claim.detail) lines.push(`      ${claim.detail}`);
    for (const evidence of claim.evidence.slice(0, 2)) {
      lines.push(
        `      ← ${evidence.source} (${evidence.docId}, ${evidence.score.toFixed(2)}): ${evidence.text}`,
      );
    }
  }
  if (report.missing.length > 0) lines.push('', 'Missing context:');
  for (const fact of report.missing) {
    const reach =
      report.story.articles === undefined
        ? ''
        : `reported by ${fact.docIds.length} of ${report.story.articles}; `;
    lines.push(
      `  - ${fact.text}`,
      `      ${reach}${fact.source ? `${fact.source}; ` : ''}[${fact.docIds.join(', ')}]`,
    );
  }
  if (report.promotions.length > 0) lines.push('', 'Promotions:');
  for (const promotion of report.promotions) {
    lines.push(
      `  $ ${promotion.text}`,
      `      signals: ${promotion.signals.join(', ')} (score ${promotion.score.toFixed(2)})`,
    );
  }
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
