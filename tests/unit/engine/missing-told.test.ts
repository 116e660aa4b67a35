import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/analysis/compare.ts';
import { DEV_SETS, loadDevSet } from '../../../scripts/eval/dev-sets.ts';

// Missing context never contradicts the claims: a reference sentence shown as evidence that the page states a fact
// is not listed as a fact the page omits, unless it carries a figure the page leaves out, and then the item says
// which (`missing[].detail`).
describe('missing context and what the page states', () => {
  const set = loadDevSet(join(DEV_SETS, 'sport'));
  const brief = set.pages.find((page) => page.name === 'brief.txt')!;
  const result = compareWithCorpus(brief.article, set.corpus());
  const evidence = new Set(
    result.claims
      .filter((claim) => claim.status !== 'unsupported')
      .flatMap((claim) => claim.evidence.map((e) => e.text)),
  );

  it('lists an evidence sentence only for a figure the page leaves out, and names that figure', () => {
    const listed = result.missing.filter((fact) => evidence.has(fact.text));
    expect(listed.length).toBeGreaterThan(0);
    for (const fact of listed)
      expect(fact.detail, fact.text).toMatch(/^the page reports this, but not “.+”$/);
  });

  it('reads a result written in words as the score it is ("three goals to one" is 3-1)', () => {
    const lead = result.missing.find((fact) => fact.text.includes('3-1'));
    expect(lead?.detail ?? '').not.toContain('3-1');
  });

  it('leaves the detail out of facts the page states nowhere', () => {
    const omitted = result.missing.filter((fact) => !evidence.has(fact.text));
    expect(omitted.length).toBeGreaterThan(3);
    expect(omitted.filter((fact) => fact.detail !== undefined).length).toBeLessThan(omitted.length);
  });
});
