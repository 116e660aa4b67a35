import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CATEGORY_LABEL, UNCHANGED_LABEL } from '../../../components/page/labels.ts';
import type { Report } from '../../../lib/report.ts';
import { buildOnce, crosscheck } from './run-cli.ts';

beforeAll(buildOnce, 60_000);
// Each test runs the real command line, often twice, on a shared machine.
vi.setConfig({ testTimeout: 30_000 });

const FIXTURES = join(import.meta.dirname, '../../fixtures/pages');
// Not a copy of a corpus article: its claims are corroborated, not found, and it carries a promotion.
const PEACE_TALKS = join(FIXTURES, 'seed-000-peace-talks.html');
const COPY = join(FIXTURES, 'seed-002-security-guarantees.html');
const REWRITE = join(import.meta.dirname, '../../fixtures/engine/rewrite-phone-calls.txt');

describe('the readable report speaks the popup’s words', () => {
  it('labels each claim as the popup does, where the JSON says corroborated / conflicting / unsupported', () => {
    const json = crosscheck(['analyze', PEACE_TALKS, '--json']);
    const readable = crosscheck(['analyze', PEACE_TALKS]);
    expect(readable.status).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    const statuses = new Set(report.claims.map((claim) => claim.status));
    expect(statuses).toContain('unsupported');
    expect(statuses).toContain('corroborated');
    for (const claim of report.claims)
      expect(readable.stdout).toContain(
        `${claim.unchangedFromOriginal ? UNCHANGED_LABEL : CATEGORY_LABEL[claim.status]}: ${claim.text}`,
      );
    // The page copies a reference and adds sentences: those are "not found", the rest stands as in the original.
    expect(report.claims.some((claim) => claim.unchangedFromOriginal)).toBe(true);
    expect(
      report.claims.some((claim) => claim.status === 'unsupported' && !claim.unchangedFromOriginal),
    ).toBe(true);
    // The JSON's word never reaches a reader, nor the old "not found:" label.
    expect(readable.stdout).not.toMatch(/unsupported|\? not found:/);
  });

  it('gives match strength in words and no bare scores', () => {
    const { stdout } = crosscheck(['analyze', PEACE_TALKS]);
    expect(stdout).toMatch(/← .+ \((very close|close|partial|loose) match; \w+\): /);
    expect(stdout).not.toMatch(/\(\d\.\d\d\)|score \d/);
    // Missing context says how widely each fact is reported, in words (a rewrite of a reference, not a copy).
    const rewrite = crosscheck(['analyze', REWRITE]).stdout;
    expect(rewrite).toMatch(/reported by \d+ of \d+ reference articles? on this story/);
  });

  it('names the reference article a copied page copies, by title', () => {
    const { stdout } = crosscheck(['analyze', COPY]);
    expect(stdout).toMatch(/This page is a copy of the reference article “[^”]+” \(002_3e54b03032518af5\)/);
  });
});

describe('every error names its input, in words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-inputs-'));
  const empty = join(dir, 'empty.html');
  writeFileSync(empty, '  \n');
  const folder = join(dir, 'pages');
  mkdirSync(folder);
  const list = join(dir, 'list.html');
  writeFileSync(
    list,
    '<html><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>',
  );

  it('says an empty .html file has no article text', () => {
    const { status, stderr } = crosscheck(['analyze', empty]);
    expect(status).toBe(2);
    expect(stderr.trim()).toBe(`crosscheck: ${empty}: no article text (the file is empty)`);
  });

  it('says a folder is a folder, not EISDIR', () => {
    const { status, stderr } = crosscheck(['analyze', folder]);
    expect(status).toBe(2);
    expect(stderr).toMatch(new RegExp(`^crosscheck: ${folder}: is a folder`));
    expect(stderr).not.toMatch(/EISDIR/);
  });

  it('puts the input first on every reason, one line each, and keeps going', () => {
    const inputs = [empty, folder, 'no-such-page.html', list, PEACE_TALKS];
    const { status, stdout, stderr } = crosscheck(['analyze', ...inputs, '--json']);
    expect(status).toBe(2);
    const reasons = stderr.trim().split('\n');
    expect(reasons).toEqual([
      `crosscheck: ${empty}: no article text (the file is empty)`,
      expect.stringMatching(new RegExp(`^crosscheck: ${folder}: is a folder`)),
      'crosscheck: no-such-page.html: cannot read it: no such file',
      expect.stringMatching(
        new RegExp(`^crosscheck: ${list}: This page does not look like an article.*--force`),
      ),
    ]);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { input: string; error?: string; claims?: unknown[] });
    expect(lines.map((line) => line.input)).toEqual(inputs);
    // In the JSON the input has its own field: the reason does not repeat it.
    for (const line of lines.slice(0, 4)) expect(line.error).not.toContain(line.input);
    expect(lines[4]!.claims!.length).toBeGreaterThan(0);
  });

  it('calls standard input by that name', () => {
    const { status, stderr } = crosscheck(['analyze', '-'], 'just some words');
    expect(status).toBe(2);
    expect(stderr.trim()).toBe('crosscheck: standard input: not HTML (for plain text, use a .txt file)');
  });
});
