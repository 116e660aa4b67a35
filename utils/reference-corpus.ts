import { bundledCorpus } from '../lib/corpus/bundled.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';

/** The corpus the popup compares with: the bundled reference articles (plus the reader's own, once added). */
export async function referenceCorpus(): Promise<Corpus> {
  return bundledCorpus();
}
