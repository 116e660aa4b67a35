import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_SETS, loadDevSet } from '../../../scripts/eval/dev-sets.ts';

const DOMAINS = ['sport', 'business', 'science'];
const PAGES = ['brief.txt', 'altered.txt', 'less-specific.txt', 'mixed.txt', 'unrelated.txt'];
const ROLES = new Set([
  'score',
  'minute',
  'time',
  'count',
  'money',
  'percentage',
  'age',
  'duration',
  'rank',
  'date',
  'weekday',
  'year',
  'place',
  'speaker',
  'actor',
]);
const DAY_MS = 24 * 60 * 60 * 1000;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const daySpan = (dates: string[]) => {
  const times = dates.map((date) => Date.parse(date));
  return (Math.max(...times) - Math.min(...times)) / DAY_MS;
};

describe.each(DOMAINS)('the %s dev set', (domain) => {
  // loadDevSet throws when a fact's or a sentence's quote is not in the text it quotes
  const set = loadDevSet(join(DEV_SETS, domain));
  const storyA = set.references.filter((ref) => ref.story === 'A');
  const storyB = set.references.filter((ref) => ref.story === 'B');
  const factIds = new Set(set.facts.map((fact) => fact.id));

  it('is the domain its folder names', () => {
    expect(set.domain).toBe(domain);
  });

  it('has three story-A references from three outlets within two days, and two story-B references', () => {
    expect(storyA).toHaveLength(3);
    expect(new Set(storyA.map((ref) => ref.site)).size).toBe(3);
    expect(daySpan(storyA.map((ref) => ref.date))).toBeLessThanOrEqual(2);
    expect(storyB).toHaveLength(2);
    expect(daySpan(set.references.map((ref) => ref.date))).toBeLessThanOrEqual(10);
  });

  it('has every page of the README', () => {
    expect(set.pages.map((page) => page.name).sort()).toEqual([...PAGES].sort());
    for (const page of set.pages) expect(page.labels.kind).toBe(page.name.replace('.txt', ''));
  });

  it('labels facts of story A that its references report', () => {
    expect(set.facts.length).toBeGreaterThanOrEqual(15);
    for (const fact of set.facts) {
      expect([1, 2, 3]).toContain(fact.importance);
      expect(fact.mentions.length).toBeGreaterThan(0);
      for (const mention of fact.mentions) expect(storyA.map((ref) => ref.id)).toContain(mention.doc);
    }
  });

  it('refers only to facts that exist, and omits only facts of importance 2 or 3', () => {
    for (const page of set.pages) {
      for (const id of page.labels.omits ?? []) {
        expect(factIds, `${page.name} omits ${id}`).toContain(id);
        expect(set.facts.find((fact) => fact.id === id)!.importance).toBeGreaterThanOrEqual(2);
      }
      for (const sentence of page.labels.sentences) {
        if (sentence.fact !== undefined)
          expect(factIds, `${page.name}: ${sentence.quote}`).toContain(sentence.fact);
      }
    }
  });

  it('gives every story-A page its omitted facts and the unrelated page no story', () => {
    for (const page of set.pages) {
      if (page.name === 'unrelated.txt') expect(page.labels.story).toBeNull();
      else {
        expect(page.labels.story).toBe('A');
        expect(page.labels.omits).toBeDefined();
      }
    }
  });

  it('has a brief of 50 to 200 words', () => {
    const brief = set.pages.find((page) => page.name === 'brief.txt')!;
    expect(words(brief.text)).toBeGreaterThanOrEqual(50);
    expect(words(brief.text)).toBeLessThanOrEqual(200);
  });

  it('alters one detail in 6 to 8 sentences, with a role and both values, across at least five roles', () => {
    const altered = set.pages.find((page) => page.name === 'altered.txt')!;
    const conflicts = altered.labels.sentences.filter((sentence) => sentence.expect === 'conflicting');
    expect(conflicts.length).toBeGreaterThanOrEqual(6);
    expect(conflicts.length).toBeLessThanOrEqual(8);
    for (const conflict of conflicts) {
      expect(ROLES).toContain(conflict.role);
      expect(conflict.fact).toBeDefined();
      expect(conflict.page).toBeTruthy();
      expect(conflict.reference).toBeTruthy();
      expect(conflict.page).not.toBe(conflict.reference);
    }
    expect(new Set(conflicts.map((conflict) => conflict.role)).size).toBeGreaterThanOrEqual(5);
  });

  it('has no conflicts outside the altered page', () => {
    for (const page of set.pages.filter((page) => page.name !== 'altered.txt')) {
      expect(page.labels.sentences.filter((sentence) => sentence.expect === 'conflicting')).toEqual([]);
    }
  });

  it('has six or more vaguer wordings, and invented claims and commentary in the mixed page', () => {
    const count = (name: string, expectation: string) =>
      set.pages.find((page) => page.name === name)!.labels.sentences.filter((s) => s.expect === expectation)
        .length;
    expect(count('less-specific.txt', 'less-specific')).toBeGreaterThanOrEqual(6);
    expect(count('mixed.txt', 'unsupported')).toBeGreaterThanOrEqual(4);
    expect(count('mixed.txt', 'commentary')).toBeGreaterThanOrEqual(2);
    expect(count('mixed.txt', 'corroborated')).toBeGreaterThanOrEqual(3);
  });
});
