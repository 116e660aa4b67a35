import type { CorpusIndexJson } from '../../lib/corpus/corpus.ts';

/** The index as committed: one sentence (and one story) per line, so that diffs stay readable. */
export function serializeIndex(index: CorpusIndexJson): string {
  const { sentences, stories, ...rest } = index;
  const head = JSON.stringify({ ...rest, sentences: [], stories: [] }).replace(/\[\],"stories":\[\]\}$/, '');
  const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
  return `${head}[\n${lines(sentences)}\n],"stories":[\n${lines(stories)}\n]}\n`;
}
