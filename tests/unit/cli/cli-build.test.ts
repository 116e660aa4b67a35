import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_ENTRY, CLI_MANIFEST, cliIsFresh } from '../../../scripts/build/cli-bundle.mjs';
import { BIN, buildOnce } from './run-cli.ts';

beforeAll(buildOnce, 60_000);

describe('the prebuilt command line', () => {
  it('answers --help from the entry alone: no engine, parser or data loaded', () => {
    const entry = readFileSync(CLI_ENTRY, 'utf8');
    // The engine and linkedom live in chunks imported only when there is something to analyse.
    const staticImports = [...entry.matchAll(/^import\s[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gm)].map(
      (match) => match[1] ?? match[2],
    );
    const staticCode = staticImports
      .filter((specifier) => specifier?.startsWith('./'))
      .map((specifier) => readFileSync(join(CLI_ENTRY, '..', specifier!), 'utf8'))
      .join('\n');
    for (const heavy of ['Readability', 'parseHTML', 'compareWithCorpus', 'detectPromotions'])
      expect(`${entry}\n${staticCode}`).not.toContain(heavy);
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: crosscheck analyze/);
  });

  it('rebuilds itself before a command runs when a source file is newer than the build', () => {
    const manifest = JSON.parse(readFileSync(CLI_MANIFEST, 'utf8')) as {
      startedAt: number;
      inputs: string[];
    };
    expect(manifest.inputs).toEqual(
      expect.arrayContaining(['cli/main.ts', 'cli/analyze-command.ts', 'lib/analyze.ts', 'package.json']),
    );
    // As if every source had changed since: the build's own record says it started at the epoch.
    writeFileSync(CLI_MANIFEST, JSON.stringify({ ...manifest, startedAt: 0 }));
    expect(cliIsFresh()).toBe(false);
    // --help answers from the build as it is (checking every source's time would cost more than the answer).
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
    expect(cliIsFresh()).toBe(false);
    // A command does not run stale code: it rebuilds first.
    const analysis = spawnSync(process.execPath, [BIN, 'analyze', '-', '--force', '--json'], {
      encoding: 'utf8',
      input:
        '<html><head><title>A headline</title></head><body><p>The council approved the budget on Tuesday after a long debate.</p></body></html>',
    });
    expect(analysis.status).toBe(0);
    expect(JSON.parse(analysis.stdout).article.title).toBe('A headline');
    expect(cliIsFresh()).toBe(true);
    expect(JSON.parse(readFileSync(CLI_MANIFEST, 'utf8')).startedAt).toBeGreaterThan(0);
  }, 60_000);
});
