import { CATEGORY_LABEL, UNCHANGED_LABEL } from '../components/page/labels.ts';
import { strengthInWords } from '../lib/page/marks.ts';
import type { Claim, Report } from '../lib/report.ts';
import { verdictOf } from '../lib/verdict.ts';

// The popup's words (the legend's labels), each with a symbol that survives a terminal without colour. The
// JSON keeps the contract's names: "Not found in the references" is status "unsupported" there.
const SYMBOL: Record<Claim['status'], string> = { corroborated: '✔', conflicting: '✖', unsupported: '?' };
const labelOf = (status: Claim['status']) => `${SYMBOL[status]} ${CATEGORY_LABEL[status]}`;

/**
 * The readable report: what the popup shows, in its words, as plain text for a terminal. `titleOf` names
 * corpus articles the report gives by id only (the one this page copies).
 */
export function formatReport(
  report: Report,
  titleOf: (docId: string) => string | undefined = () => undefined,
): string {
  const { article } = report;
  const lines: string[] = [];
  lines.push(article.title || 'Untitled article');
  lines.push(
    [article.site, article.byline, article.lang, `${article.wordCount} words`].filter(Boolean).join(' · '),
  );
  lines.push('', verdictOf(report));
  if (report.story.identicalTo) {
    const title = titleOf(report.story.identicalTo);
    lines.push(
      '',
      `This page is a copy of the reference article ${title ? `“${title}” ` : ''}(${report.story.identicalTo}).`,
    );
  }
  if (report.story.related.length > 0) {
    const { articles, outlets } = report.story;
    const coverage =
      articles === undefined
        ? ''
        : ` (${plural(articles, 'reference article')} from ${plural(outlets ?? articles, 'outlet')})`;
    lines.push('', `Reference articles on this story${coverage}:`);
    for (const related of report.story.related) lines.push(`  ${related.docId}  ${related.title}`);
  }
  if (report.claims.length > 0) lines.push('', 'Claims, in reading order:');
  for (const claim of report.claims) {
    lines.push(
      claim.unchangedFromOriginal
        ? `  = ${UNCHANGED_LABEL}: ${claim.text}`
        : `  ${labelOf(claim.status)}: ${claim.text}`,
    );
    if (claim.detail) lines.push(`      ${claim.detail}`);
    for (const evidence of claim.evidence.slice(0, 2)) {
      lines.push(
        `      ← ${evidence.source} (${strengthInWords(evidence.score)}; ${evidence.docId}): ${evidence.text}`,
      );
    }
  }
  if (report.missing.length > 0)
    lines.push('', 'Missing context (reported by references, not by this page):');
  for (const fact of report.missing) {
    const reach =
      report.story.articles === undefined
        ? plural(fact.docIds.length, 'reference article')
        : `${fact.docIds.length} of ${plural(report.story.articles, 'reference article')} on this story`;
    lines.push(
      `  - ${fact.text}`,
      `      reported by ${reach}${fact.source ? ` (shown: ${fact.source})` : ''}: ${fact.docIds.join(', ')}`,
    );
    if (fact.detail) lines.push(`      ${fact.detail}`);
  }
  if (report.promotions.length > 0) lines.push('', `${CATEGORY_LABEL.promotion}s (advertising in the text):`);
  for (const promotion of report.promotions) {
    lines.push(`  $ ${promotion.text}`);
    // Plain-words reasons, when the engine gives them (an optional field of the report).
    const reasons = 'reasons' in promotion && Array.isArray(promotion.reasons) ? promotion.reasons : [];
    if (reasons.length > 0) lines.push(`      why: ${reasons.join('; ')}`);
  }
  return lines.join('\n');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
