import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { packArticleOf } from '../../../lib/pack/convert.ts';
import { PACK_ID_PATTERN } from '../../../lib/pack/pack-article.ts';
import { readPack } from '../../../lib/pack/pack-reader.ts';
import { buildOnce } from './run-cli.ts';

const ROOT = join(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/crosscheck.mjs');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SEED_TXT = join(ROOT, 'data/corpus/002_3e54b03032518af5.txt');

function crosscheck(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
beforeAll(buildOnce, 120_000);
const tempDir = () => mkdtempSync(join(tmpdir(), 'crosscheck-pack-'));

describe('crosscheck pack', { timeout: 60_000 }, () => {
  it('builds a pack from saved pages, .txt articles and folders, with the extension’s extraction and ids', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder', 'nested'), { recursive: true });
    const savedFrom = 'https://www.meridian.example/world/peace-talks';
    const html = readFileSync(join(PAGES, 'seed-000-peace-talks.html'), 'utf8');
    writeFileSync(join(dir, 'folder', 'saved.html'), `<!-- saved from url=(0045)${savedFrom} -->\n${html}`);
    copyFileSync(join(PAGES, 'seed-001-trump-announces-talks.html'), join(dir, 'folder', 'nested', 'b.html'));
    writeFileSync(join(dir, 'folder', 'notes.md'), 'not an article file');
    const out = join(dir, 'pack.jsonl');
    const { status, stderr } = crosscheck(['pack', join(dir, 'folder'), SEED_TXT, '-o', out]);
    expect(status, stderr).toBe(0);
    expect(stderr).toMatch(/wrote 3 articles to /);
    const { articles, summary } = readPack(readFileSync(out, 'utf8'));
    expect(summary.rejectedCount).toBe(0);
    expect(articles).toHaveLength(3);
    for (const article of articles) expect(article.id).toMatch(PACK_ID_PATTERN);
    // What "Add to my references" saves for the same page at the same address.
    const { document } = parseHTML(html);
    const extracted = extractArticle(document as unknown as Document, { url: savedFrom, force: true });
    if (!extracted.ok) throw new Error(extracted.message);
    const expected = packArticleOf(extracted.article, savedFrom);
    expect(articles.find((a) => a.url === savedFrom)).toEqual(expected);
    expect(expected.text.split('\n\n').length).toBeGreaterThan(5);
    const fromTxt = articles.find(
      (a) => a.url === null && a.title.length > 0 && a.text.includes('Zelenskyy'),
    );
    expect(fromTxt).toBeDefined();
  });

  it('keeps the same page given twice once, and says so', () => {
    const dir = tempDir();
    const page = join(PAGES, 'seed-002-security-guarantees.html');
    copyFileSync(page, join(dir, 'copy.html'));
    const out = join(dir, 'pack.jsonl');
    const { status, stderr } = crosscheck(['pack', page, join(dir, 'copy.html'), '-o', out]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/is the same article as .*: kept once/);
    expect(readPack(readFileSync(out, 'utf8')).articles).toHaveLength(1);
  });

  it('skips unusable files with a reason, and writes nothing when no article is left', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '\n\n');
    writeFileSync(join(dir, 'plain.html'), 'no markup at all');
    const out = join(dir, 'pack.jsonl');
    const { status, stderr } = crosscheck(['pack', dir, join(dir, 'missing.html'), '-o', out]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/skipping .*empty\.txt: no article text/);
    expect(stderr).toMatch(/skipping .*plain\.html: not HTML/);
    expect(stderr).toMatch(/cannot read .*missing\.html: no such file/);
    expect(existsSync(out)).toBe(false);
  });

  it('asks where to write the pack', () => {
    const { status, stderr } = crosscheck(['pack', SEED_TXT]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/name the pack to write with -o pack\.jsonl/);
  });
});

describe('crosscheck analyze --corpus pack.jsonl', { timeout: 60_000 }, () => {
  function packOfSeeds(dir: string): string {
    const out = join(dir, 'seeds.jsonl');
    const pages = ['seed-000-peace-talks.html', 'seed-001-trump-announces-talks.html'].map((p) =>
      join(PAGES, p),
    );
    expect(crosscheck(['pack', ...pages, '-o', out]).status).toBe(0);
    return out;
  }

  it('compares with the pack’s articles and names them by their pack ids', () => {
    const dir = tempDir();
    const pack = packOfSeeds(dir);
    const ids = readPack(readFileSync(pack, 'utf8')).articles.map((a) => a.id);
    const page = join(PAGES, 'seed-004-high-stakes-talks.html');
    const { status, stdout, stderr } = crosscheck(['analyze', page, '--corpus', pack, '--json']);
    expect(status, stderr).toBe(0);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(report.story.inCorpus).toBe(true);
    const corroborated = report.claims.filter((c: { status: string }) => c.status === 'corroborated');
    expect(corroborated.length).toBeGreaterThan(0);
    for (const claim of corroborated)
      for (const evidence of claim.evidence) expect(ids).toContain(evidence.docId);
  });

  it('warns about each bad line with its number and uses the rest', () => {
    const dir = tempDir();
    const good = readFileSync(packOfSeeds(dir), 'utf8');
    const pack = join(dir, 'mixed.jsonl');
    writeFileSync(pack, `not json\n${good}{"id": "bad id", "title": "T", "text": "B"}\n`);
    const page = join(PAGES, 'seed-004-high-stakes-talks.html');
    const { status, stdout, stderr } = crosscheck(['analyze', page, '--corpus', pack, '--json']);
    expect(status).toBe(0);
    expect(stderr).toMatch(/mixed\.jsonl: 2 articles read, 2 lines rejected/);
    expect(stderr).toMatch(/line 1: not valid JSON/);
    expect(stderr).toMatch(/line 4: invalid id "bad id"/);
    expect(JSON.parse(stdout).story.inCorpus).toBe(true);
  });

  it('refuses an empty pack and a file that is not a pack, with exit status 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.jsonl'), '');
    writeFileSync(join(dir, 'page.jsonl'), '<html><body><p>hello</p></body></html>\n');
    const empty = crosscheck(['analyze', SEED_TXT, '--corpus', join(dir, 'empty.jsonl')]);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/empty\.jsonl holds no articles/);
    const notPack = crosscheck(['analyze', SEED_TXT, '--corpus', join(dir, 'page.jsonl')]);
    expect(notPack.status).toBe(2);
    expect(notPack.stderr).toMatch(/page\.jsonl is not a reference pack/);
  });
});
