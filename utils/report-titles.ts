import type { Corpus } from '../lib/corpus/corpus.ts';
import type { Report } from '../lib/report.ts';

/**
 * The titles of the reference articles the report names (its story, a copy's original, evidence, missing
 * context), by id: what the popup needs to name sources. Only these travel with the comparison: a library
 * of ten thousand articles would otherwise send ten thousand titles to the page and back on every click.
 */
export function reportTitles(
  report: Report,
  corpus: Pick<Corpus, 'docs' | 'docIndex'>,
): Record<string, string> {
  const ids = new Set<string>();
  for (const related of report.story.related) ids.add(related.docId);
  if (report.story.identicalTo !== null) ids.add(report.story.identicalTo);
  for (const claim of report.claims) for (const evidence of claim.evidence) ids.add(evidence.docId);
  for (const fact of report.missing) for (const id of fact.docIds) ids.add(id);
  const titles: Record<string, string> = {};
  for (const id of ids) {
    const at = corpus.docIndex.get(id);
    const doc = at === undefined ? undefined : corpus.docs[at];
    if (doc) titles[id] = doc.title;
  }
  return titles;
}
