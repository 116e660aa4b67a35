import { startFixtureServer } from '../../../tests/e2e/harness/fixture-server.ts';
import { startRequestLogger } from '../../../tests/e2e/harness/request-logger.ts';
import { requestsNotFromBrowser } from '../../../tests/e2e/harness/browser-traffic.ts';
import { prepareBuilds, type BrowserName } from './builds.ts';
import { startChromium, type BrowserSession } from './chromium.ts';
import { startFirefox } from './firefox.ts';
import { PAGES_DIR } from './pages.ts';
import type { BrowserPageResult } from './report.ts';
import { runOnce, type ExtensionKind, type RunResult } from './run-page.ts';
import { markedMs } from './report.ts';
import { ms } from './stats.ts';
import { coveringReference } from './reference.ts';

export interface BrowserBench {
  pages: BrowserPageResult[];
  /** Requests that left 127.0.0.1 during the whole run (pages' own assets included), browser's own left out. */
  outsideRequests: number;
}

/**
 * Each page is served from its own folder on 127.0.0.1 (relative assets resolve or 404 locally); everything
 * else goes to a proxy that refuses it. Per page, each on a freshly loaded tab: the floor, and Crosscheck with
 * a reader-added reference that covers the page's story (reference.ts), in alternating order; with
 * `installed`, also Crosscheck as installed (bundled corpus only). One warm-up round first.
 */
export async function benchBrowser(
  browserName: BrowserName,
  slugs: readonly string[],
  options: { rebuild: boolean; installed: boolean; against?: string },
  log: (line: string) => void,
): Promise<BrowserBench> {
  const builds = await prepareBuilds(browserName, options.rebuild, options.against);
  const server = await startFixtureServer(PAGES_DIR);
  const proxy = await startRequestLogger();
  let session: BrowserSession | undefined;
  try {
    session =
      browserName === 'chromium' ? await startChromium(builds, proxy) : await startFirefox(builds, proxy);
    const started = Date.now();
    const url = (slug: string) => server.url(`${slug}/source.html`);
    const warmUp = slugs[0];
    if (warmUp) {
      await runOnce(session.spec('floor', url(warmUp)));
      await runOnce(session.spec('crosscheck', url(warmUp)));
    }
    const pages: BrowserPageResult[] = [];
    const kinds: ExtensionKind[] = builds.against
      ? ['floor', 'crosscheck', 'against']
      : ['floor', 'crosscheck'];
    for (const [index, slug] of slugs.entries()) {
      const reference = coveringReference(slug);
      let installed: RunResult | undefined;
      if (options.installed) {
        await session.setReferences([]);
        installed = await runOnce(session.spec('crosscheck', url(slug)));
      }
      await session.setReferences(reference ? [reference] : []);
      // Rotate the order, so no side always runs first or last (warmer caches, or a busier machine).
      const runs = new Map<ExtensionKind, RunResult>();
      for (let turn = 0; turn < kinds.length; turn++) {
        const kind = kinds[(index + turn) % kinds.length]!;
        runs.set(kind, await runOnce(session.spec(kind, url(slug))));
      }
      const crosscheck = runs.get('crosscheck')!;
      const floor = runs.get('floor')!;
      const against = runs.get('against');
      pages.push({
        slug,
        covered: reference !== null,
        crosscheck,
        floor,
        ...(installed ? { installed } : {}),
        ...(against ? { against } : {}),
      });
      log(
        `${browserName} ${index + 1}/${slugs.length} ${slug}: ${crosscheck.popup.state} ` +
          `${crosscheck.popup.placed ?? '-'}/${crosscheck.popup.total ?? '-'} marked, ` +
          `${ms(markedMs(crosscheck))} vs floor ${ms(markedMs(floor))} ms ` +
          (against ? `(against ${ms(markedMs(against))} ms) ` : '') +
          `(${Math.round((Date.now() - started) / 1000)} s)`,
      );
    }
    await session.setReferences([]);
    return { pages, outsideRequests: requestsNotFromBrowser(proxy.requests, browserName).length };
  } finally {
    await session?.close().catch(() => undefined);
    await proxy.close();
    await server.close();
    builds.cleanup();
  }
}
