import { execFileSync } from 'node:child_process';
import { cpSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { REPO_ROOT } from './pages.ts';

export type BrowserName = 'chromium' | 'firefox';

const FLOOR_SOURCE = path.join(REPO_ROOT, 'bench/floor-extension');
const E2E_BUILD: Record<BrowserName, string> = {
  chromium: path.join(REPO_ROOT, '.output/e2e/chrome-mv3'),
  firefox: path.join(REPO_ROOT, '.output/e2e/firefox-mv2'),
};

export interface BenchBuilds {
  /** Unpacked extensions for this run, copied to a temporary folder (others may rebuild .output meanwhile). */
  crosscheck: string;
  floor: string;
  /** Another build of Crosscheck (--against), its add-on id changed so that both install side by side. */
  against?: string;
  cleanup(): void;
}

/**
 * The production build with the e2e host permission (CROSSCHECK_E2E=1, needed by Firefox), built now unless
 * `rebuild` is false, and the floor extension bundled with esbuild. Both go to a fresh temporary folder.
 */
export async function prepareBuilds(
  browser: BrowserName,
  rebuild: boolean,
  againstBuild?: string,
): Promise<BenchBuilds> {
  const root = mkdtempSync(path.join(tmpdir(), `bench-pages-${browser}-`));
  try {
    if (rebuild) {
      const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'];
      execFileSync('npx', args, {
        cwd: REPO_ROOT,
        env: { ...process.env, CROSSCHECK_E2E: '1' },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
    // BENCH_CROSSCHECK_BUILD: another unpacked build of Crosscheck (e.g. main's, saved), for A/B runs.
    const built = process.env.BENCH_CROSSCHECK_BUILD ?? E2E_BUILD[browser];
    if (!existsSync(path.join(built, 'manifest.json'))) throw new Error(`no extension build in ${built}`);
    const crosscheck = path.join(root, 'crosscheck');
    cpSync(built, crosscheck, { recursive: true });
    const floor = path.join(root, 'floor');
    await buildFloor(browser, floor);
    const against = againstBuild === undefined ? undefined : path.join(root, 'against');
    if (against) copyAgainst(againstBuild!, against);
    return {
      crosscheck,
      floor,
      ...(against ? { against } : {}),
      cleanup: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** The add-on id of the --against build (Firefox), so that it installs beside this one. */
export const AGAINST_FIREFOX_ID = 'crosscheck-against@crosscheck.local';

function copyAgainst(built: string, to: string): void {
  if (!existsSync(path.join(built, 'manifest.json')))
    throw new Error(`--against: no extension build in ${built}`);
  cpSync(built, to, { recursive: true });
  const manifestFile = path.join(to, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.name = `${manifest.name} (against)`;
  if (manifest.browser_specific_settings?.gecko)
    manifest.browser_specific_settings.gecko.id = AGAINST_FIREFOX_ID;
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

async function buildFloor(browser: BrowserName, outDir: string): Promise<void> {
  const common = {
    bundle: true,
    format: 'iife' as const,
    target: 'es2022',
    minify: true,
    logLevel: 'error' as const,
  };
  // executeScript returns the script's completion value: the footer makes it the agent's result.
  await build({
    ...common,
    entryPoints: [path.join(FLOOR_SOURCE, 'agent.ts')],
    outfile: path.join(outDir, 'agent.js'),
    globalName: '__crosscheckBenchFloor',
    footer: { js: '__crosscheckBenchFloor.run();' },
  });
  await build({
    ...common,
    entryPoints: [path.join(FLOOR_SOURCE, 'popup.ts')],
    outfile: path.join(outDir, 'popup.js'),
  });
  copyFileSync(path.join(FLOOR_SOURCE, 'popup.html'), path.join(outDir, 'popup.html'));
  const manifest = browser === 'firefox' ? 'manifest.firefox.json' : 'manifest.chrome.json';
  copyFileSync(path.join(FLOOR_SOURCE, manifest), path.join(outDir, 'manifest.json'));
}
