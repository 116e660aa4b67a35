/** Builds the bundled corpus index: data/corpus/*.txt + articles.json → data/corpus-index.json. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusIndex } from '../../lib/corpus/corpus.ts';
import { readCorpusDocuments } from './corpus-documents.ts';
import { serializeIndex } from './serialize-index.ts';

const started = performance.now();
const index = buildCorpusIndex(readCorpusDocuments());
const out = join(import.meta.dirname, '..', '..', 'data', 'corpus-index.json');
const text = serializeIndex(index);
writeFileSync(out, text);
console.log(
  `corpus index: ${index.docs.length} articles, ${index.sentences.length} sentences, ${index.terms.length} terms, ` +
    `${(text.length / 1024).toFixed(1)} KB, built in ${(performance.now() - started).toFixed(0)} ms → ${out}`,
);
