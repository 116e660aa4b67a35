import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithCorpus } from '../../lib/analysis/compare.ts';
import { buildCorpusIndex, loadCorpus, type CorpusDocument } from '../../lib/corpus/corpus.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';
import { SHARED } from './seed-gold.ts';

export const BASIL_DIR = join(SHARED, 'outside', 'basil-dev', 'articles');

export interface BasilArticle {
  doc: CorpusDocument;
  triplet: string;
}

/** BASIL dev articles as corpus documents (title line, then one paragraph per line). */
export function loadBasil(): BasilArticle[] | null {
  if (!existsSync(BASIL_DIR)) return null;
  const articles: BasilArticle[] = [];
  for (const year of readdirSync(BASIL_DIR).sort()) {
    for (const name of readdirSync(join(BASIL_DIR, year)).sort()) {
      const raw = JSON.parse(readFileSync(join(BASIL_DIR, year, name), 'utf8')) as {
        title: string;
        source: string;
        date: string;
        'triplet-uuid': string;
        'body-paragraphs': string[][];
      };
      const paragraphs = raw['body-paragraphs'].map((sentences) => sentences.join(' '));
      articles.push({
        triplet: raw['triplet-uuid'],
        doc: {
          id: name.replace(/\.json$/, ''),
          title: raw.title,
          site: raw.source,
          date: raw.date,
          url: null,
          text: [raw.title, ...paragraphs].join('\n'),
        },
      });
    }
  }
  return articles;
}

export interface BasilResult {
  articles: number;
  recallAt2: number;
  inCorpusWithSiblings: number;
  corroboratedShareWithSiblings: number;
  inCorpusWithoutSiblings: number;
  corroboratedShareWithoutSiblings: number;
  /** Claims corroborated per page, on average, with the siblings removed. */
  corroboratedPerPageWithoutSiblings: number;
  /** Claims called conflicting with the siblings in the corpus (three outlets on one event: mostly the same
   * facts), with their detail, for reading. */
  conflictsWithSiblings: string[];
}

/**
 * Each BASIL article as the page against the 149 others: its two siblings (same event, other outlets) should
 * be its top related articles; with the siblings excluded, almost nothing should be corroborated.
 * By default the page is text alone, as the seeds are (the strict setting, used when fitting thresholds);
 * with `pageDates` it carries its publication date, as most saved pages do.
 */
export function evalBasil(options: { pageDates?: boolean } = {}): BasilResult | null {
  const articles = loadBasil();
  if (!articles) return null;
  const corpus = loadCorpus(buildCorpusIndex(articles.map((article) => article.doc)));
  let siblingsFound = 0;
  let inCorpusWith = 0;
  let inCorpusWithout = 0;
  let claimsWith = 0;
  let corroboratedWith = 0;
  let claimsWithout = 0;
  let corroboratedWithout = 0;
  const conflictsWithSiblings: string[] = [];
  for (const article of articles) {
    const page = articleFromText(article.doc.text);
    if (options.pageDates) page.published = article.doc.date;
    const siblings = articles
      .filter((other) => other.triplet === article.triplet && other !== article)
      .map((other) => other.doc.id);
    const withSiblings = compareWithCorpus(page, corpus, { exclude: [article.doc.id] });
    const top2 = withSiblings.story.related.slice(0, 2).map((entry) => entry.docId);
    siblingsFound += siblings.filter((id) => top2.includes(id)).length;
    if (withSiblings.story.inCorpus) inCorpusWith++;
    claimsWith += withSiblings.claims.length;
    corroboratedWith += withSiblings.claims.filter((claim) => claim.status === 'corroborated').length;
    for (const claim of withSiblings.claims)
      if (claim.status === 'conflicting')
        conflictsWithSiblings.push(
          `${article.doc.id}: ${claim.detail ?? ''} | ${claim.text} ⇐ ${claim.evidence[0]?.text ?? ''}`,
        );
    const without = compareWithCorpus(page, corpus, { exclude: [article.doc.id, ...siblings] });
    if (without.story.inCorpus) inCorpusWithout++;
    const pageClaims = Math.max(withSiblings.claims.length, 1);
    claimsWithout += pageClaims;
    corroboratedWithout += without.claims.filter((claim) => claim.status === 'corroborated').length;
  }
  return {
    articles: articles.length,
    recallAt2: siblingsFound / (2 * articles.length),
    inCorpusWithSiblings: inCorpusWith / articles.length,
    corroboratedShareWithSiblings: corroboratedWith / Math.max(claimsWith, 1),
    inCorpusWithoutSiblings: inCorpusWithout / articles.length,
    corroboratedShareWithoutSiblings: corroboratedWithout / Math.max(claimsWithout, 1),
    corroboratedPerPageWithoutSiblings: corroboratedWithout / articles.length,
    conflictsWithSiblings,
  };
}
