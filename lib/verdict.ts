import type { Report } from './report.ts';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The popup's one-line summary, e.g. "14 claims — 9 corroborated by 2 sources, 1 conflicting, 4 not found · 5 missing facts · 1 promotion"
 * (a copy of a reference article adds how many of its sentences stand as in the original). */
export function verdictOf(report: Report): string {
  const parts: string[] = [];
  if (!report.story.inCorpus) {
    parts.push('Story not in the reference corpus');
  } else {
    const count = (status: string) =>
      report.claims.filter((c) => c.status === status && !c.unchangedFromOriginal).length;
    const unchanged = report.claims.filter((c) => c.unchangedFromOriginal).length;
    const corroborated = report.claims.filter((c) => c.status === 'corroborated');
    const sources = new Set(corroborated.flatMap((c) => c.evidence.map((e) => e.docId))).size;
    const details = [
      `${corroborated.length} corroborated${corroborated.length > 0 ? ` by ${plural(sources, 'source')}` : ''}`,
      `${count('conflicting')} conflicting`,
      `${count('unsupported')} not found`,
    ];
    if (unchanged > 0) details.push(`${unchanged} as in the original`);
    parts.push(`${plural(report.claims.length, 'claim')} — ${details.join(', ')}`);
    parts.push(plural(report.missing.length, 'missing fact'));
  }
  parts.push(plural(report.promotions.length, 'promotion'));
  return parts.join(' · ');
}
