/**
 * Experiment (webis FIT half only; the held-out half is never read): does a sentence's passage (its neighbours'
 * scores, its score against the page's highest, its place, how it opens), products of cues, mined word pairs or a
 * word model add to the shipped features? Two folds of the fit half (by pair key): stage 1 is fitModel on one fold
 * (plus BASIL fit, fixtures, native fit); stage 2 refits a linear model on its features plus the variant's; measured
 * on the other fold at a threshold chosen inside the training fold (out-of-fold, and in-sample), and at the best
 * pooled threshold. Variants are comma-joined names, runs separated by ';' (FAST=1 skips the out-of-fold threshold).
 *   npx tsx scripts/promotions/context-experiment.ts "interactions,squares;interactions,squares,relative"
 */
import { parseHTML } from 'linkedom';
import { SIGNAL_IDS } from '../../lib/promotion/features.ts';
import { probability } from '../../lib/promotion/model.ts';
import { registerStrength } from '../../lib/promotion/text/register.ts';
import { loadFixtures } from '../../tests/fixtures/promotions/load.ts';
import { loadNativePlugPages } from '../../tests/fixtures/promotions/native-plugs/load.ts';
import { loadBasil } from './basil.ts';
import {
  type FitExample,
  fixtureExamples,
  judgedSentences,
  nativePlugExamples,
  newsExamples,
  webisExamples,
} from './examples.ts';
import { countsAt, fitModel, type ResponseScore } from './fit-model.ts';
import { fitLogistic } from './logistic.ts';
import { loadWebis } from './webis.ts';
import { fnv1a } from './split.ts';
import type { Article } from '../../lib/article.ts';

interface Row extends FitExample {
  group: string;
  block: number;
  index: number;
  count: number;
  opening: string;
}

const REGISTER = SIGNAL_IDS.indexOf('copywriting-register');

function withContext(article: Article, group: string, examples: FitExample[]): Row[] {
  const sentences = judgedSentences(article);
  return sentences.map((sentence, i) => ({
    ...examples[i]!,
    group,
    block: sentence.context.blockIndex,
    index: sentence.context.sentenceIndex,
    count: sentence.context.sentenceCount,
    opening: sentence.context.sentence.text,
  }));
}

const webis = loadWebis().filter((r) => r.part === 'fit');
const webisRows = webis.flatMap((r) => withContext(r.article, r.id, webisExamples([r], 1)));
const otherRows: Row[] = [
  ...loadBasil()
    .filter((a) => a.part === 'fit')
    .flatMap((a) => withContext(a.article, a.key, newsExamples([a], 1))),
  ...loadFixtures((html) => parseHTML(html).document as unknown as Document).flatMap((f) =>
    withContext(f.article, f.fixture.file, fixtureExamples([{ ...f, pageCards: [] }], 5)),
  ),
  ...loadNativePlugPages()
    .filter((p) => p.part === 'fit')
    .flatMap((p) => withContext(p.article, p.id, nativePlugExamples([p], 10))),
];
console.log(`rows: webis ${webisRows.length}, other ${otherRows.length}`);

const ANAPHORIC =
  /^(?:it|its|they|their|them|this|these|those|he|she|his|her|the (?:company|brand|firm|platform|service|app|game|car|model|restaurant|chain|bank|store|shop))\b/iu;

const INTERACTING = [
  'off-topic',
  'copywriting-register',
  'product-naming',
  'marketing-praise',
  'stands-out',
  'page-subject',
  'persuasive-second-person',
  'benefit-claim',
  'reader-advised',
].map((id) => SIGNAL_IDS.indexOf(id));

type ContextFeatures = (rows: Row[], z: number[]) => number[][];

/** Context features of each row of one group (rows in page order). */
const variants: Record<string, ContextFeatures> = {
  none: (rows) => rows.map(() => []),
  pairs: (rows) => rows.map(() => []),
  bow: (rows) => rows.map(() => []),
  interactions: (rows) =>
    rows.map((row) => {
      const v = INTERACTING.map((i) => row.values[i] ?? 0);
      const out: number[] = [];
      for (let a = 0; a < v.length; a++) for (let b = a + 1; b < v.length; b++) out.push(v[a]! * v[b]!);
      return out;
    }),
  squares: (rows) => rows.map((row) => INTERACTING.map((i) => (row.values[i] ?? 0) ** 2)),
  relative: (rows, z) =>
    rows.map((_, i) => {
      const others = z.filter((_, j) => j !== i);
      const maxOther = others.length ? Math.max(...others) : -10;
      const med = median(z);
      return [clip((z[i]! - maxOther) / 4), clip((z[i]! - med) / 8)];
    }),
  neighbours: (rows, z) =>
    rows.map((_, i) => {
      const prev = i > 0 ? z[i - 1]! : -10;
      const next = i + 1 < rows.length ? z[i + 1]! : -10;
      return [sig(prev), sig(next)];
    }),
  position: (rows) =>
    rows.map((row) => [row.index === row.count - 1 && row.count > 1 ? 1 : 0, row.index === 0 ? 1 : 0]),
  anaphoric: (rows) => rows.map((row) => [ANAPHORIC.test(row.opening.trim()) ? 1 : 0]),
};

function combine(names: string[]): ContextFeatures {
  return (rows, z) => {
    const parts = names.map((name) => variants[name]!(rows, z));
    return rows.map((_, i) => parts.flatMap((part) => part[i]!));
  };
}

function clip(x: number): number {
  return Math.max(-1, Math.min(1, x));
}
function sig(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function linear(model: { bias: number; weights: Record<string, number> }, values: number[]): number {
  const p = probability({ ...model, threshold: 0, paragraphThreshold: 0 }, SIGNAL_IDS, values);
  return Math.log(p / (1 - p));
}

// Pairs are read from lower-case text but must be written lower case in the sentence (no brand names).
function lowerPairsOf(text: string): Set<string> {
  const out = new Set<string>();
  const raw = text.match(/[\p{L}'’-]+|[.,;:!?]/gu) ?? [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (!/^[a-z'’-]+$/u.test(a) || !/^[a-z'’-]+$/u.test(b)) continue;
    out.add(`${a} ${b}`);
  }
  return out;
}
function minePairs(rows: Row[]): Map<string, number> {
  const ad = new Map<string, number>();
  const other = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  let ads = 0;
  let others = 0;
  for (const row of rows) {
    if (row.label === 1) ads++;
    else others++;
    for (const pair of lowerPairsOf(row.text)) {
      const m = row.label === 1 ? ad : other;
      m.set(pair, (m.get(pair) ?? 0) + 1);
      if (row.label === 1) topics.set(pair, (topics.get(pair) ?? new Set()).add(row.topic));
    }
  }
  const table = new Map<string, number>();
  for (const [pair, count] of ad) {
    if (count < Number(process.env.MINC ?? 4) || (topics.get(pair)?.size ?? 0) < 3) continue;
    const lo = Math.log((count + 1) / (ads + 1)) - Math.log(((other.get(pair) ?? 0) + 1) / (others + 1));
    if (lo >= 0.8) table.set(pair, Math.min(3, lo));
  }
  return table;
}
function pairStrength(text: string, table: Map<string, number>): number {
  let sum = 0;
  for (const pair of lowerPairsOf(text)) sum += table.get(pair) ?? 0;
  return Math.min(1, sum / Number(process.env.PFULL ?? 14));
}

function bowOf(text: string): string[] {
  const words = [...registerWordsOfText(text)];
  if (process.env.BOW_PAIRS) words.push(...lowerPairsOf(text));
  return words;
}
function registerWordsOfText(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}'’-])[a-z][a-z'’-]*[a-z](?![\p{L}\p{N}])/gu) ?? []);
}
/** Sparse L2 logistic over lower-case words (and pairs), SGD; vocabulary: used by >= 4 sentences of >= 3 topics. */
function fitBow(rows: Row[]): Map<string, number> {
  const count = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  for (const row of rows)
    for (const w of bowOf(row.text)) {
      count.set(w, (count.get(w) ?? 0) + 1);
      topics.set(w, (topics.get(w) ?? new Set()).add(row.topic));
    }
  const vocab = new Set(
    [...count].filter(([w, c]) => c >= 4 && (topics.get(w)?.size ?? 0) >= 3).map(([w]) => w),
  );
  const weights = new Map<string, number>();
  let bias = -3;
  const lr = 0.05;
  const l2 = Number(process.env.BOW_L2 ?? 1e-4);
  const docs = rows.map((row) => ({
    words: bowOf(row.text).filter((w) => vocab.has(w)),
    y: row.label,
    wt: row.weight,
  }));
  for (let epoch = 0; epoch < 8; epoch++) {
    for (let i = docs.length - 1; i > 0; i--) {
      const j = (i * 7919 + epoch * 104729) % (i + 1);
      [docs[i], docs[j]] = [docs[j]!, docs[i]!];
    }
    for (const { words, y, wt } of docs) {
      let z = bias;
      for (const w of words) z += weights.get(w) ?? 0;
      const g = (sig(z) - y) * Math.min(wt, 3);
      bias -= lr * g;
      for (const w of words) {
        const v = weights.get(w) ?? 0;
        weights.set(w, v - lr * (g + (l2 * v * docs.length) / 100));
      }
    }
  }
  weights.set('__bias__', bias);
  return weights;
}
function bowScore(text: string, table: Map<string, number>): number {
  let z = table.get('__bias__') ?? 0;
  for (const w of bowOf(text)) z += table.get(w) ?? 0;
  return sig(z);
}

function groups(rows: Row[]): Row[][] {
  const map = new Map<string, Row[]>();
  for (const row of rows) map.set(row.group, [...(map.get(row.group) ?? []), row]);
  return [...map.values()];
}

function innerFold(row: Row): number {
  return (fnv1a((row.responseId ?? row.group).replace(/-[AN]$/, '')) >>> 2) % 2;
}

/** Fits stage 1 (+ the context features) on train; returns probabilities for test rows and the news ceiling. */
function trainPredict(
  names: string[],
  l2: number,
  trainRows: Row[],
  testRows: Row[],
): { test: { row: Row; p: number }[]; newsCeiling: number } {
  const features = combine(names);
  const train = trainRows.map((r) => ({ ...r, values: [...r.values] }));
  const test = testRows.map((r) => ({ ...r, values: [...r.values] }));
  const { model, register } = fitModel(train);
  for (const row of test) row.values[REGISTER] = registerStrength(row.text, register);
  const expand = (rows: Row[]) =>
    groups(rows).flatMap((group) => {
      const z = group.map((row) => linear(model, row.values));
      const extra = features(group, z);
      return group.map((row, i) => ({ ...row, values: [...row.values, ...extra[i]!] }));
    });
  let train2 = expand(train);
  let test2 = expand(test);
  if (names.includes('pairs')) {
    const folds = [0, 1].map((f) => minePairs(train.filter((r) => r.fold !== f)));
    const all = minePairs(train);
    train2 = train2.map((r) => ({ ...r, values: [...r.values, pairStrength(r.text, folds[r.fold]!)] }));
    test2 = test2.map((r) => ({ ...r, values: [...r.values, pairStrength(r.text, all)] }));
  }
  if (names.includes('bow')) {
    const folds = [0, 1].map((f) => fitBow(train.filter((r) => r.fold !== f)));
    const all = fitBow(train);
    train2 = train2.map((r) => ({ ...r, values: [...r.values, bowScore(r.text, folds[r.fold]!)] }));
    test2 = test2.map((r) => ({ ...r, values: [...r.values, bowScore(r.text, all)] }));
  }
  const fitted = fitLogistic(train2, train2[0]!.values.length, l2);
  const prob = (values: number[]) =>
    sig(fitted.bias + values.reduce((s, v, i) => s + v * (fitted.weights[i] ?? 0), 0));
  let newsCeiling = 0;
  for (const row of train2)
    if (row.label === 0 && (row.topic === 'news' || row.topic.startsWith('native-'))) {
      const values = row.values.map((v, i) => (i === REGISTER ? registerStrength(row.text, register) : v));
      newsCeiling = Math.max(newsCeiling, prob(values));
    }
  return { test: test2.map((row) => ({ row, p: prob(row.values) })), newsCeiling };
}

function responseScoresOf(scored: { row: Row; p: number }[]): ResponseScore[] {
  const map = new Map<string, ResponseScore>();
  for (const { row, p } of scored) {
    if (!row.responseId) continue;
    const seen = map.get(row.responseId);
    map.set(row.responseId, { hasAd: !!row.responseHasAd, score: Math.max(seen?.score ?? 0, p) });
  }
  return [...map.values()];
}

function bestThreshold(scores: ResponseScore[], floor: number, minPrecision: number): number {
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.96; t += 0.01) {
    if (t <= floor) continue;
    const c = countsAt(scores, t);
    if (c.precision >= minPrecision && c.f1 >= best.f1) best = { t, f1: c.f1 };
  }
  return best.t;
}

function run(names: string[], l2: number) {
  const pooled: ResponseScore[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let inSampleTp = 0,
    inSampleFp = 0,
    inSampleFn = 0;
  const thresholds: string[] = [];
  for (const testFold of [0, 1]) {
    const trainWebis = webisRows.filter((r) => r.fold !== testFold);
    const testWebis = webisRows.filter((r) => r.fold === testFold);
    // Threshold: out-of-fold scores inside the training fold.
    const oof: { row: Row; p: number }[] = [];
    let ceiling = 0;
    for (const inner of process.env.FAST ? [] : [0, 1]) {
      const { test, newsCeiling } = trainPredict(
        names,
        l2,
        [...trainWebis.filter((r) => innerFold(r) !== inner), ...otherRows],
        trainWebis.filter((r) => innerFold(r) === inner),
      );
      oof.push(...test);
      ceiling = Math.max(ceiling, newsCeiling);
    }
    const { test, newsCeiling } = trainPredict(names, l2, [...trainWebis, ...otherRows], testWebis);
    const threshold = bestThreshold(responseScoresOf(oof), newsCeiling, Number(process.env.MINP ?? 0));
    // In-sample threshold for comparison (as the shipped fit does).
    const inSample = trainPredict(names, l2, [...trainWebis, ...otherRows], trainWebis);
    const t2 = bestThreshold(responseScoresOf(inSample.test), newsCeiling, 0.85);
    thresholds.push(`${threshold.toFixed(2)}/${t2.toFixed(2)} (news ${newsCeiling.toFixed(2)})`);
    const scores = responseScoresOf(test);
    pooled.push(...scores);
    for (const { hasAd, score } of scores) {
      if (score >= threshold && hasAd) tp++;
      else if (score >= threshold) fp++;
      else if (hasAd) fn++;
      if (score >= t2 && hasAd) inSampleTp++;
      else if (score >= t2) inSampleFp++;
      else if (hasAd) inSampleFn++;
    }
  }
  let oracle = 0;
  for (let t = 0.05; t < 0.96; t += 0.01) oracle = Math.max(oracle, countsAt(pooled, t).f1);
  return {
    f1: (2 * tp) / (2 * tp + fp + fn),
    p: tp / (tp + fp),
    r: tp / (tp + fn),
    oracle,
    inSampleF1: (2 * inSampleTp) / (2 * inSampleTp + inSampleFp + inSampleFn),
    thresholds: thresholds.join(', '),
  };
}

const configs = (
  process.argv[2] ?? 'none;relative;neighbours;position;anaphoric;relative,neighbours,position,anaphoric'
)
  .split(';')
  .map((c) => c.split(','));
for (const names of configs) {
  const { f1, p, r, oracle, inSampleF1, thresholds } = run(names, Number(process.env.L2 ?? 1));
  console.log(
    `${names.join('+').padEnd(50)} F1 ${f1.toFixed(3)} P ${p.toFixed(3)} R ${r.toFixed(3)} | in-sample threshold F1 ${inSampleF1.toFixed(3)} | best-threshold F1 ${oracle.toFixed(3)} | t ${thresholds}`,
  );
}
