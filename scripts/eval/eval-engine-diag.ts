/**
 * Diagnostics for tuning the engine on the seeds (leave-one-out): `npx tsx scripts/eval/eval-engine-diag.ts [--rows]`.
 * Prints per seed the document scores (whole article, lead) and per-article match support; per page sentence the
 * gold label (1 corroborated, 0 single-article fact, -1 no fact) with candidate signals: Q lines (the same
 * quotation), N lines (the same figure), B lines (shared phrases; DFCAP bounds their sentence frequency);
 * with --rows, tab-separated best-match scores and candidate features for AUC checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusIndex, loadCorpus } from '../../lib/corpus/corpus.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { pageSentences, tokensOf } from '../../lib/analysis/page-sentences.ts';
import { TermMapper } from '../../lib/analysis/sentence-view.ts';
import { nameTermsOf } from '../../lib/text/entities.ts';
import { corpusTermStats } from '../../lib/analysis/term-stats.ts';
import { rankDocuments } from '../../lib/analysis/story.ts';
import { LEAD_SENTENCES, leadSimilarity } from '../../lib/analysis/lead.ts';
import { sentenceTerms } from '../../lib/text/sentence-terms.ts';
import { matchProbability } from '../../lib/analysis/matcher.ts';
import { pairFeatures } from '../../lib/analysis/pair-features.ts';
import { matchAll } from '../../lib/analysis/match-pairs.ts';
import { readCorpusDocuments } from '../build/corpus-documents.ts';
import { goldSentences, loadSeedFacts, SHARED } from './seed-gold.ts';

const facts = loadSeedFacts()!;
const documents = readCorpusDocuments();
const rows: string[] = [];
const bestScores: { score: number; corroborated: boolean }[] = [];
for (const [short, file] of Object.entries(facts.docs)) {
  const id = file.replace(/\.txt$/, '');
  const self = documents.find((doc) => doc.id === id)!;
  const corpus = loadCorpus(buildCorpusIndex(documents.filter((doc) => doc.id !== id)));
  const article = articleFromText(readFileSync(join(SHARED, 'seeds', file), 'utf8'));
  const sentences = pageSentences(article, () => false);
  const mapper = new TermMapper(corpus);
  const views = sentences.map((s) => mapper.view(s.text, s.info));
  const pageNames = new Set([...nameTermsOf(tokensOf(sentences))].map((t) => mapper.idOf(t)));
  const stats = corpusTermStats(corpus, pageNames);
  const titleView = mapper.view(article.title, sentenceTerms(article.title));
  const pageLead = new Set([...titleView.seq, ...views.slice(0, LEAD_SENTENCES).flatMap((v) => v.seq)]);
  const ranked = rankDocuments([...views.map((v) => v.seq), titleView.seq], corpus, new Set(), 12);
  console.log(
    short,
    ranked
      .map(
        (e) =>
          `${corpus.docs[e.doc]!.id.slice(0, 3)}: whole ${e.score.toFixed(3)} lead ${leadSimilarity(pageLead, e.doc, corpus).toFixed(3)}`,
      )
      .join(' | '),
  );
  const matches = matchAll(
    views,
    corpus.docs.map((_, i) => i),
    corpus,
    stats,
  );
  const perDoc = new Map<number, number[]>();
  for (const m of matches) {
    const doc = corpus.sentences[m.sentence]!.doc;
    if (!perDoc.has(doc)) perDoc.set(doc, new Array(views.length).fill(0));
    const arr = perDoc.get(doc)!;
    arr[m.page] = Math.max(arr[m.page]!, m.probability);
  }
  console.log(
    '   support',
    [...perDoc]
      .map(([doc, arr]) => {
        const id = corpus.docs[doc]!.id.slice(0, 3);
        const n2 = arr.filter((p) => p >= 0.2).length;
        const n25 = arr.filter((p) => p >= 0.25).length;
        const sum = arr.reduce((a, b) => a + b, 0) / arr.length;
        return `${id}: >=.2 ${n2} >=.25 ${n25} mean ${sum.toFixed(3)}`;
      })
      .join(' | '),
  );
  const gold = goldSentences(facts, short, self.text);
  const cross = new Set(
    facts.facts
      .filter((f) => f.mentions.some((m) => m.doc === short) && f.mentions.some((m) => m.doc !== short))
      .map((f) => f.id),
  );
  views.forEach((view, page) => {
    const g = gold.find((s) => s.text === view.text);
    const label = g ? ([...g.facts].some((f) => cross.has(f)) ? 1 : g.facts.size ? 0 : -1) : -2;
    let best = 0;
    let clause = 0;
    let bestText = '';
    for (const m of matches) {
      if (m.page !== page) continue;
      if (m.probability > best) {
        best = m.probability;
        bestText = corpus.sentences[m.sentence]!.text;
      }
      clause = Math.max(clause, m.clause);
    }
    // candidate features, max over every reference sentence
    let clausePair = 0;
    let sharedContentW = 0;
    let sharedRare = 0;
    const clausesOf = (v: typeof view) => {
      const out: number[][] = [];
      for (let i = 0; i < v.clauseStarts.length; i++)
        out.push([...new Set(v.seq.slice(v.clauseStarts[i], v.clauseStarts[i + 1] ?? v.seq.length))]);
      return out;
    };
    const pc = clausesOf(view);
    for (const ref of corpus.sentences) {
      let sc = 0,
        sr = 0;
      for (const t of view.termSet)
        if (ref.termSet.has(t) && !stats.isName(t)) {
          sc += stats.weight(t);
          if (stats.weight(t) > 3) sr++;
        }
      sharedContentW = Math.max(sharedContentW, sc);
      sharedRare = Math.max(sharedRare, sr);
      for (const c of pc)
        for (const d of clausesOf(ref as never)) {
          let sh = 0,
            shc = 0,
            wc = 0,
            wd = 0;
          for (const t of c) wc += stats.weight(t);
          for (const t of d) wd += stats.weight(t);
          for (const t of c)
            if (d.includes(t)) {
              sh += stats.weight(t);
              if (!stats.isName(t)) shc++;
            }
          if (shc >= 2) clausePair = Math.max(clausePair, sh / Math.sqrt(wc * wd));
        }
    }
    // clause-pair matcher probability
    let clauseProb = 0;
    const piecesOf = (v: typeof view) => {
      const starts = v.clauseStarts;
      const out: (typeof view)[] = [];
      for (let i = 0; i < starts.length; i++)
        for (const span of [1, 2]) {
          if (i + span > starts.length) continue;
          const seq = v.seq.slice(starts[i], starts[i + span] ?? v.seq.length);
          if (seq.length < 3) continue;
          // Corpus sentences read their columns through getters, which a spread would drop.
          out.push({
            text: v.text,
            quantities: v.quantities,
            speakers: v.speakers,
            quoted: v.quoted,
            hedges: v.hedges,
            details: v.details,
            related: v.related,
            seq,
            termSet: new Set(seq),
            clauseStarts: [0],
          });
        }
      return out;
    };
    const pp = piecesOf(view);
    for (const ref of corpus.sentences) {
      let sh = 0;
      for (const t of ref.termSet) if (view.termSet.has(t) && !stats.isName(t)) sh++;
      if (sh < 2) continue;
      for (const a of pp)
        for (const b of piecesOf(ref)) {
          let c = 0;
          for (const t of a.termSet) if (b.termSet.has(t) && !stats.isName(t)) c++;
          if (c < 2) continue;
          clauseProb = Math.max(clauseProb, matchProbability(pairFeatures(a, b, stats)));
        }
    }
    const docBest = new Map<number, number>();
    for (const m of matches)
      if (m.page === page) {
        const d = corpus.sentences[m.sentence]!.doc;
        docBest.set(d, Math.max(docBest.get(d) ?? 0, m.probability));
      }
    let sharedQuoted = 0;
    let quotedText = '';
    for (const ref of corpus.sentences) {
      let q = 0;
      const rq = new Set(ref.quoted);
      for (const t of view.quoted) if (rq.has(t) && !stats.isName(t)) q++;
      if (q > sharedQuoted) {
        sharedQuoted = q;
        quotedText = ref.text.slice(0, 60);
      }
    }
    let figureHit = '';
    for (const ref of corpus.sentences) {
      if (ref.docId === id) continue;
      const f = pairFeatures(view, ref as never, stats);
      if (f[5] === 1 && f[3]! * 6 >= 1) figureHit = `${(f[3]! * 6).toFixed(0)} ${ref.text.slice(0, 60)}`;
    }
    {
      const bigramsOf = (seq: number[]) => {
        const out = new Set<string>();
        for (let i = 1; i < seq.length; i++)
          if (!stats.isName(seq[i - 1]!) || !stats.isName(seq[i]!)) out.add(`${seq[i - 1]} ${seq[i]}`);
        return out;
      };
      const mine = bigramsOf(view.seq);
      const df = new Map<string, number>();
      for (const ref of corpus.sentences)
        for (const b of bigramsOf(ref.seq)) if (mine.has(b)) df.set(b, (df.get(b) ?? 0) + 1);
      let bestRef = '';
      let bestCount = 0;
      for (const ref of corpus.sentences) {
        let c = 0;
        const hits: string[] = [];
        for (const b of bigramsOf(ref.seq))
          if (mine.has(b) && (df.get(b) ?? 0) <= Number(process.env.DFCAP ?? 3)) {
            c++;
            hits.push(
              b
                .split(' ')
                .map((t) => corpus.terms[+t])
                .join('_'),
            );
          }
        if (c > bestCount) {
          bestCount = c;
          bestRef = hits.join(',') + ' || ' + ref.text.slice(0, 50);
        }
      }
      if (bestCount > 0) console.log('B', label, bestCount, view.text.slice(0, 60), '||', bestRef);
    }
    if (figureHit) console.log('N', label, view.text.slice(0, 70), '||', figureHit);
    if (sharedQuoted >= 2) console.log('Q', label, sharedQuoted, view.text.slice(0, 70), '||', quotedText);
    const sortedBest = [...docBest.values()].sort((a, b) => b - a);
    const second = sortedBest[1] ?? 0;
    const meanTop2 = ((sortedBest[0] ?? 0) + second) / 2;
    rows.push(`F\t${label}\t${second.toFixed(3)}\t${meanTop2.toFixed(3)}\t0\t0\t0`);
    rows.push(
      `F\t${label}\t${best.toFixed(3)}\t${clausePair.toFixed(3)}\t${sharedContentW.toFixed(2)}\t${sharedRare}\t${clauseProb.toFixed(3)}`,
    );
    if (label === 0 || label === 1) bestScores.push({ score: best, corroborated: label === 1 });
    rows.push(
      `${short}\t${label}\t${best.toFixed(3)}\t${clause.toFixed(3)}\t${view.text.slice(0, 90)}\t${bestText.slice(0, 90)}`,
    );
  });
}
if (process.argv.includes('--rows')) console.log(rows.join('\n'));
console.log(ceilingOfBestScore(bestScores));

/**
 * How far any threshold on the matcher's best score alone could go on the seeds: its AUC between sentences whose
 * fact another seed reports and sentences whose fact only their own seed reports, the best precision at recall
 * ≥ 0.7, and the best recall at precision ≥ 0.95 (the targets of issue 14).
 */
function ceilingOfBestScore(scores: { score: number; corroborated: boolean }[]): string {
  const positives = scores.filter((entry) => entry.corroborated).map((entry) => entry.score);
  const negatives = scores.filter((entry) => !entry.corroborated).map((entry) => entry.score);
  let wins = 0;
  for (const p of positives) for (const n of negatives) wins += p > n ? 1 : p === n ? 0.5 : 0;
  let precisionAtRecall = 0;
  let recallAtPrecision = 0;
  for (const threshold of new Set(scores.map((entry) => entry.score))) {
    const truePositives = positives.filter((score) => score >= threshold).length;
    const falsePositives = negatives.filter((score) => score >= threshold).length;
    const recall = truePositives / positives.length;
    const precision = truePositives / (truePositives + falsePositives);
    if (recall >= 0.7) precisionAtRecall = Math.max(precisionAtRecall, precision);
    if (precision >= 0.95) recallAtPrecision = Math.max(recallAtPrecision, recall);
  }
  const auc = wins / (positives.length * negatives.length);
  return `best match score alone (${positives.length} corroborated, ${negatives.length} single-article fact sentences): AUC ${auc.toFixed(3)}; best precision at recall ≥ 0.7 ${precisionAtRecall.toFixed(3)}; best recall at precision ≥ 0.95 ${recallAtPrecision.toFixed(3)}`;
}
