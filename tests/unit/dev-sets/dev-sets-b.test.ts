import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_SETS, loadDevSet } from '../../../scripts/eval/dev-sets.ts';

const DOMAINS = ['local-politics', 'disasters'];
const PAGES = ['brief.txt', 'altered.txt', 'less-specific.txt', 'mixed.txt', 'unrelated.txt'];
const DAY_MS = 24 * 60 * 60 * 1000;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

describe.each(DOMAINS)('dev set %s', (domain) => {
  const folder = join(DEV_SETS, domain);
  // loadDevSet throws when any fact or sentence quote is not an exact substring of its text.
  const set = loadDevSet(folder);

  it('has three story-A references from three outlets within two days', () => {
    const storyA = set.references.filter((ref) => ref.story === 'A');
    expect(storyA).toHaveLength(3);
    expect(new Set(storyA.map((ref) => ref.site)).size).toBe(3);
    const times = storyA.map((ref) => Date.parse(ref.date));
    for (const time of times) expect(Number.isNaN(time)).toBe(false);
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(2 * DAY_MS);
  });

  it('has two story-B references', () => {
    expect(set.references.filter((ref) => ref.story === 'B')).toHaveLength(2);
  });

  it('has every page the README lists, each with its file', () => {
    expect(set.pages.map((page) => page.name).sort()).toEqual([...PAGES].sort());
    for (const name of PAGES) expect(existsSync(join(folder, 'pages', name))).toBe(true);
    const unrelated = set.pages.find((page) => page.name === 'unrelated.txt');
    expect(unrelated?.labels.story).toBeNull();
  });

  it('refers only to facts it defines, and every story-A page lists its omissions', () => {
    const ids = new Set(set.facts.map((fact) => fact.id));
    expect(ids.size).toBe(set.facts.length);
    for (const page of set.pages) {
      for (const id of page.labels.omits ?? []) expect(ids, `${page.name} omits ${id}`).toContain(id);
      for (const sentence of page.labels.sentences) {
        if (sentence.fact !== undefined)
          expect(ids, `${page.name}: ${sentence.quote}`).toContain(sentence.fact);
        if (sentence.expect === 'conflicting') {
          expect(sentence.role, sentence.quote).toBeTruthy();
          expect(sentence.page, sentence.quote).toBeTruthy();
          expect(sentence.reference, sentence.quote).toBeTruthy();
        }
      }
      if (page.labels.story === 'A') expect(page.labels.omits, page.name).toBeDefined();
    }
  });

  it('omits only important facts the page does not label as stated', () => {
    const importance = new Map(set.facts.map((fact) => [fact.id, fact.importance]));
    for (const page of set.pages) {
      const stated = new Set(page.labels.sentences.map((sentence) => sentence.fact));
      for (const id of page.labels.omits ?? []) {
        expect(importance.get(id), `${page.name} omits ${id}`).toBeGreaterThanOrEqual(2);
        expect(stated.has(id), `${page.name} both states and omits ${id}`).toBe(false);
      }
    }
  });

  it('gives each conflict a page value in its sentence and a reference value in its fact', () => {
    const facts = new Map(set.facts.map((fact) => [fact.id, fact]));
    for (const page of set.pages) {
      for (const sentence of page.labels.sentences.filter((s) => s.expect === 'conflicting')) {
        expect(sentence.quote, page.name).toContain(sentence.page);
        const mentions = facts.get(sentence.fact ?? '')?.mentions ?? [];
        const quoted = mentions.some((mention) => mention.quote.includes(sentence.reference ?? '\u0000'));
        expect(quoted, `${page.name}: ${sentence.reference} in ${sentence.fact}`).toBe(true);
      }
    }
  });

  it('has a brief of 50 to 200 words', () => {
    const brief = set.pages.find((page) => page.name === 'brief.txt');
    expect(brief).toBeDefined();
    const words = wordCount(brief!.text);
    expect(words).toBeGreaterThanOrEqual(50);
    expect(words).toBeLessThanOrEqual(200);
  });
});
