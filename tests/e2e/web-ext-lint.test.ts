import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD_DIR, REPO_ROOT } from './harness/paths.ts';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const WEB_EXT = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');

describe("Mozilla's add-on linter on the Firefox build", () => {
  it('reports 0 errors', async () => {
    const { stdout } = await promisify(execFile)(
      WEB_EXT,
      ['lint', '--source-dir', FIREFOX_BUILD_DIR, '--output', 'json', '--no-config-discovery'],
      { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as LintReport;
    for (const warning of report.warnings)
      console.log(`web-ext lint warning: ${warning.code} ${warning.file ?? ''}`);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
