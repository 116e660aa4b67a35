import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithCorpus, type Comparison } from '../../lib/analysis/compare.ts';
import { bundledCorpus } from '../../lib/corpus/bundled.ts';
import { articleFromText } from '../../lib/extract/article-from-text.ts';

export const DEV_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'engine');

export interface PageExpectation {
  inCorpus: boolean;
  related?: string[];
  minCorroborated?: number;
  corroborated?: string[];
  notCorroborated?: string[];
  conflicting?: { text: string; detail: string }[];
  unsupported?: string[];
}

export function devExpectations(): Record<string, PageExpectation> {
  return (
    JSON.parse(readFileSync(join(DEV_DIR, 'expectations.json'), 'utf8')) as {
      pages: Record<string, PageExpectation>;
    }
  ).pages;
}

export function analyseDevPage(name: string): Comparison {
  return compareWithCorpus(articleFromText(readFileSync(join(DEV_DIR, name), 'utf8')), bundledCorpus());
}

/** The expectations a dev page's comparison fails, as readable lines (none when it passes). */
export function devPageFailures(name: string, expected: PageExpectation, result: Comparison): string[] {
  const failures: string[] = [];
  const claimWith = (fragment: string) => result.claims.find((claim) => claim.text.includes(fragment));
  if (result.story.inCorpus !== expected.inCorpus) failures.push(`inCorpus ${result.story.inCorpus}`);
  if (
    !expected.inCorpus &&
    (result.claims.some((c) => c.status === 'corroborated') || result.missing.length > 0)
  ) {
    failures.push('corroboration or missing context for a story not in the corpus');
  }
  for (const id of expected.related ?? []) {
    if (!result.story.related.some((entry) => entry.docId === id)) failures.push(`related lacks ${id}`);
  }
  const corroborated = result.claims.filter((claim) => claim.status === 'corroborated').length;
  if (corroborated < (expected.minCorroborated ?? 0)) failures.push(`only ${corroborated} corroborated`);
  for (const fragment of expected.corroborated ?? []) {
    if (claimWith(fragment)?.status !== 'corroborated') failures.push(`"${fragment}" not corroborated`);
  }
  for (const fragment of expected.notCorroborated ?? []) {
    if (claimWith(fragment)?.status === 'corroborated') failures.push(`"${fragment}" corroborated`);
  }
  for (const { text, detail } of expected.conflicting ?? []) {
    const claim = claimWith(text);
    if (claim?.status !== 'conflicting' || !claim.detail?.includes(detail))
      failures.push(`"${text}" not conflicting with ${detail}`);
  }
  for (const fragment of expected.unsupported ?? []) {
    if (claimWith(fragment)?.status !== 'unsupported') failures.push(`"${fragment}" not unsupported`);
  }
  void name;
  return failures;
}
