import type { CorpusIndexJson } from '../../lib/corpus/corpus.ts';

/** The index as committed: one sentence per line, so that diffs stay readable. */
export function serializeIndex(index: CorpusIndexJson): string {
  const { sentences, ...rest } = index;
  const head = JSON.stringify({ ...rest, sentences: [] }).replace(/\[\]\}$/, '');
  return `${head}[\n${sentences.map((sentence) => JSON.stringify(sentence)).join(',\n')}\n]}\n`;
}
