import type { CorpusDocJson } from '../corpus/corpus.ts';

/** Who published a reference article: its site, else the source its title names ("… - PRESS AI WORLD"), else
 * the article itself (an unknown outlet counts once). */
export function outletOf(doc: Pick<CorpusDocJson, 'id' | 'site' | 'title'>): string {
  if (doc.site) return doc.site.trim().toLowerCase();
  const source = /\s[-–—|]\s([^-–—|]{2,40})$/.exec(doc.title)?.[1];
  return source ? source.trim().toLowerCase() : `doc:${doc.id}`;
}
