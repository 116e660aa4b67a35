import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, crosscheck } from './run-cli.ts';

beforeAll(buildOnce, 60_000);

const SEED = join(import.meta.dirname, '../../../data/corpus/002_3e54b03032518af5.txt');

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>City budget passes</title></head><body><article><h1>City budget passes</h1>${body}</article></body></html>`;
const budgetParagraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The council approved the budget on Monday after a long debate about parks, roads and libraries, item ${i}, which officials said would shape spending for years to come.</p>`,
).join('');

describe('crosscheck analyze', { timeout: 30_000 }, () => {
  it('prints exactly one JSON report of the spec shape', () => {
    const { status, stdout } = crosscheck(['analyze', SEED, '--json']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);
    expect(Object.keys(report).sort()).toEqual(['article', 'claims', 'missing', 'promotions', 'story']);
    expect(Object.keys(report.article).sort()).toEqual([
      'byline',
      'genre',
      'lang',
      'site',
      'title',
      'wordCount',
    ]);
    expect(report.article.wordCount).toBeGreaterThan(400);
    expect(typeof report.story.inCorpus).toBe('boolean');
  });

  it('reads HTML from standard input and prints a readable report', () => {
    const { status, stdout } = crosscheck(['analyze', '-'], page(budgetParagraphs));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^City budget passes/);
  });

  it('exits 2 with a one-line reason for unusable input', () => {
    const missing = crosscheck(['analyze', 'no-such-page.html']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/no such file/);
    const notHtml = crosscheck(['analyze', '-'], 'just some words');
    expect(notHtml.status).toBe(2);
    expect(notHtml.stderr).toMatch(/not HTML/);
  });

  it('goes on after an unusable input in a batch and reports it as a JSON line', () => {
    const { status, stdout } = crosscheck(['analyze', SEED, 'no-such-page.html', '--json']);
    expect(status).toBe(2);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].input).toBe(SEED);
    expect(lines[0].article).toBeDefined();
    expect(lines[1]).toEqual({ input: 'no-such-page.html', error: expect.stringMatching(/no such file/) });
  });

  it('skips a broken corpus article with a warning and keeps the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
    writeFileSync(
      join(dir, 'good.txt'),
      'A good article\nIt says the council approved the budget on Monday.\n',
    );
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    const { status, stderr } = crosscheck(['analyze', SEED, '--corpus', dir, '--json']);
    expect(status).toBe(0);
    expect(stderr).toMatch(/skipping corpus article empty\.txt/);
  });

  it('refuses a corpus file that is not an index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-'));
    writeFileSync(join(dir, 'index.json'), '{"not": "an index"}');
    const { status, stderr } = crosscheck(['analyze', SEED, '--corpus', join(dir, 'index.json')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/not a Crosscheck corpus index/);
  });
});
