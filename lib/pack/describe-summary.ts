import type { PackSummary } from './pack-reader.ts';

/**
 * What a reader is told after reading a pack named `name`: how many articles, then every problem in plain
 * words (a line per rejected line, up to `maxLines`). The first line says whether anything was usable.
 */
export function describePackSummary(name: string, summary: PackSummary, maxLines = 20): string[] {
  if (summary.notJsonLines) {
    return [
      `${name} is not a reference pack: none of its lines is a JSON object (a pack has one article per line, as JSON). Nothing was added.`,
    ];
  }
  if (summary.accepted === 0 && summary.rejectedCount === 0) {
    return [`${name} holds no articles (it is empty). Nothing was added.`];
  }
  const out = [
    `${name}: ${count(summary.accepted, 'article')} read` +
      (summary.rejectedCount > 0 ? `, ${count(summary.rejectedCount, 'line')} rejected` : '') +
      '.',
  ];
  for (const { line, reason } of summary.rejected.slice(0, maxLines)) out.push(`line ${line}: ${reason}`);
  if (summary.rejectedCount > maxLines)
    out.push(`… and ${summary.rejectedCount - maxLines} more rejected lines`);
  for (const { id, lines } of summary.duplicates.slice(0, maxLines)) {
    out.push(`id ${id} is on lines ${lines.join(', ')}: the last one is kept`);
  }
  if (summary.duplicates.length > maxLines) {
    out.push(`… and ${summary.duplicates.length - maxLines} more ids given twice`);
  }
  for (const { line, reason } of summary.notes.slice(0, maxLines)) out.push(`line ${line}: ${reason}`);
  const languages = Object.entries(summary.otherLanguages);
  if (languages.length > 0) {
    const list = languages.map(([tag, n]) => `${n} in ${tag}`).join(', ');
    out.push(
      `${list}: kept, but the comparison is built for English, so they will rarely corroborate anything`,
    );
  }
  return out;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
