/**
 * Loads the dev sets of tests/fixtures/dev-sets (format: its README): each domain's reference articles as a
 * corpus, its pages as articles, its labels. Every quote is checked against the text it quotes, so a label that
 * no longer matches its page fails loudly instead of scoring nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/article.ts';
import { buildCorpusIndex, loadCorpus, type Corpus, type CorpusDocument } from '../../lib/corpus/corpus.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';

export const DEV_SETS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'dev-sets');

export interface DevReference {
  id: string;
  file: string;
  site: string;
  date: string;
  story: string;
}

export interface DevMention {
  doc: string;
  quote: string;
}

export interface DevFact {
  id: string;
  statement: string;
  importance: number;
  mentions: DevMention[];
}

export type DevExpectation = 'corroborated' | 'conflicting' | 'less-specific' | 'unsupported' | 'commentary';

export interface DevSentence {
  quote: string;
  expect: DevExpectation;
  fact?: string;
  role?: string;
  page?: string;
  reference?: string;
}

export interface DevPageLabels {
  kind: 'brief' | 'altered' | 'less-specific' | 'mixed' | 'unrelated';
  story: string | null;
  omits?: string[];
  sentences: DevSentence[];
}

export interface DevPage {
  name: string;
  text: string;
  article: Article;
  labels: DevPageLabels;
}

export interface DevSet {
  domain: string;
  story: string;
  references: DevReference[];
  /** The reference texts by id, as written. */
  texts: Map<string, string>;
  facts: DevFact[];
  pages: DevPage[];
  /** All references as one corpus (ids, sites and dates from references.json). */
  corpus: () => Corpus;
}

interface LabelsJson {
  domain: string;
  story: string;
  facts: DevFact[];
  pages: Record<string, DevPageLabels>;
}

/** Every domain folder that has labels, sorted by name. Throws on a quote that is not in its text. */
export function loadDevSets(root = DEV_SETS): DevSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'labels.json')))
    .map((entry) => loadDevSet(join(root, entry.name)))
    .sort((a, b) => a.domain.localeCompare(b.domain));
}

export function loadDevSet(folder: string): DevSet {
  const read = (path: string) => readFileSync(join(folder, path), 'utf8');
  const references = JSON.parse(read('references.json')) as DevReference[];
  const labels = JSON.parse(read('labels.json')) as LabelsJson;
  const texts = new Map(references.map((ref) => [ref.id, read(join('references', ref.file))]));
  const problems: string[] = [];
  for (const fact of labels.facts) {
    for (const mention of fact.mentions) {
      const text = texts.get(mention.doc);
      if (text === undefined) problems.push(`${fact.id}: no reference ${mention.doc}`);
      else if (!text.includes(mention.quote))
        problems.push(`${fact.id}: not in ${mention.doc}: ${mention.quote}`);
    }
  }
  const pages = Object.entries(labels.pages).map(([name, pageLabels]) => {
    const text = read(join('pages', name));
    for (const sentence of pageLabels.sentences) {
      if (!text.includes(sentence.quote)) problems.push(`${name}: not in the page: ${sentence.quote}`);
    }
    return { name, text, article: articleFromText(text), labels: pageLabels };
  });
  if (problems.length > 0) throw new Error(`dev set ${folder}:\n  ${problems.join('\n  ')}`);
  const docs: CorpusDocument[] = references.map((ref) => {
    const text = texts.get(ref.id)!;
    const title =
      text
        .split(/\r?\n/)
        .find((line) => line.trim())
        ?.trim() ?? ref.id;
    return { id: ref.id, title, site: ref.site, date: ref.date, url: null, text };
  });
  let corpus: Corpus | null = null;
  return {
    domain: labels.domain,
    story: labels.story,
    references,
    texts,
    facts: labels.facts,
    pages,
    corpus: () => (corpus ??= loadCorpus(buildCorpusIndex(docs))),
  };
}
