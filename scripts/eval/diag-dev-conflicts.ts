/**
 * Diagnostics for the dev sets' labelled conflicts: `npx tsx scripts/eval/diag-dev-conflicts.ts [--sets folder]
 * [--all]`. For each sentence labelled conflicting that the engine misses (or every one, with --all): the page
 * sentence's details (role, value, head and context terms), its best-matching reference sentences with their
 * details, and the story table's entries of the same roles.
 */
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { matchAll } from '../../lib/analysis/match-pairs.ts';
import { pageSentences, tokensOf } from '../../lib/analysis/page-sentences.ts';
import { TermMapper } from '../../lib/analysis/sentence-view.ts';
import { corpusTermStats } from '../../lib/analysis/term-stats.ts';
import type { SentenceDetail } from '../../lib/corpus/corpus.ts';
import { nameTermsOf } from '../../lib/text/entities.ts';
import { loadDevSets } from './dev-sets.ts';

const setsAt = process.argv.indexOf('--sets');
const all = process.argv.includes('--all');
const sets = loadDevSets(setsAt >= 0 ? process.argv[setsAt + 1] : undefined);
for (const set of sets) {
  const corpus = set.corpus();
  const storyA = set.references
    .filter((ref) => ref.story === 'A')
    .flatMap((ref) => corpus.docIndex.get(ref.id) ?? []);
  for (const page of set.pages) {
    const labelled = page.labels.sentences.filter((s) => s.expect === 'conflicting');
    if (labelled.length === 0) continue;
    const result = compareWithCorpus(page.article, corpus);
    const sentences = pageSentences(page.article, () => false);
    const mapper = new TermMapper(corpus);
    const views = sentences.map((s) => mapper.view(s.text, s.info));
    const pageNames = new Set([...nameTermsOf(tokensOf(sentences))].map((t) => mapper.idOf(t)));
    const stats = corpusTermStats(corpus, pageNames);
    const matches = matchAll(views, storyA, corpus, stats);
    const show = (d: SentenceDetail) =>
      `${d.role}=${d.value}${d.unit ? ' ' + d.unit : ''}${d.approx ? ' ~' + d.approx : ''}${d.step ? ' step' + d.step : ''} "${d.text}" head[${d.head.map((t) => mapper.termOf(t)).join(',')}]${d.measures ? ' measures' : ''} ctx[${d.context.map((t) => mapper.termOf(t) + (stats.isName(t) ? '*' : '')).join(',')}]`;
    for (const label of labelled) {
      const claim = result.claims.find((c) => c.text.includes(label.quote) || label.quote.includes(c.text));
      if (!all && claim?.status === 'conflicting') continue;
      console.log(
        `\n## ${set.domain}/${page.name} [${label.role} ${label.page} vs ${label.reference}] → ${claim?.status ?? 'none'} ${claim?.detail ?? ''}`,
      );
      console.log(`   ${label.quote}`);
      const index = views.findIndex((v) => v.text.includes(label.quote) || label.quote.includes(v.text));
      if (index < 0) {
        console.log('   (no page sentence: ' + sentences.map((s) => s.text.slice(0, 50)).join(' | ') + ')');
        continue;
      }
      const view = views[index]!;
      for (const d of view.details) console.log(`   page ${show(d)}`);
      const own = matches
        .filter((m) => m.page === index)
        .sort((a, b) => b.probability - a.probability)
        .slice(0, 4);
      for (const m of own) {
        const ref = corpus.sentences[m.sentence]!;
        console.log(
          `   -> p=${m.probability.toFixed(2)} wf=${m.withoutFigures.toFixed(2)} cl=${m.clause.toFixed(2)} sc=${m.sharedContent} q=${m.sharedQuoted} ${corpus.docs[ref.doc]!.id}: ${ref.text.slice(0, 140)}`,
        );
        for (const d of ref.details) console.log(`        ${show(d)}`);
      }
      const roles = new Set(view.details.map((d) => d.role));
      for (const ref of storyA.flatMap((doc) => {
        const { first, count } = corpus.docs[doc]!;
        return Array.from({ length: count }, (_, i) => corpus.sentences[first + i]!);
      })) {
        for (const d of ref.details)
          if (roles.has(d.role) && !own.some((m) => corpus.sentences[m.sentence] === ref))
            console.log(`   table ${show(d)}  «${ref.text.slice(0, 70)}»`);
      }
    }
  }
}
