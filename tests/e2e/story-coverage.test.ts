import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage } from './harness/analyse-page.ts';
import { devSet, devSetPack, devSetPageHtml } from './harness/dev-set-pages.ts';
import { launchDriver, type BrowserName, type ExtensionDriver } from './harness/extension-driver.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { pollUntil } from './harness/reading-ui.ts';

// Issue 10 through the real UI: a reader imports three outlets' reports of a football match (and two of another
// match) as a reference pack, opens a wire brief on the first match, clicks the button. The popup says how much
// coverage the story has and lists the facts the brief leaves out, the most widely reported first, each with
// the reference articles that report it.

const set = devSet('sport');

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (browserName) => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-story-e2e-'));
  let server: FixtureServer;
  let driver: ExtensionDriver;

  beforeAll(async () => {
    writeFileSync(join(dir, 'brief.html'), devSetPageHtml('sport', 'brief.txt', 'Coastal Wire'));
    writeFileSync(join(dir, 'sport.jsonl'), devSetPack('sport'));
    server = await startFixtureServer(dir);
    driver = await launchDriver(browserName);
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function importPack(): Promise<void> {
    const options: Page = await driver.openPage(driver.extensionUrl('options.html'));
    await options.waitForSelector('[data-testid="library-summary"]', { timeout: 10_000 });
    const input = (await options.$('#library-import')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(dir, 'sport.jsonl'));
    const report = () =>
      options.evaluate(
        `document.querySelector('[data-testid="import-report"]').textContent`,
      ) as Promise<string>;
    expect(await pollUntil(report, (text) => text !== '', 30_000)).toContain('5 added to your library');
    await options.close();
  }

  it('a brief on a covered story: its coverage, then its omitted facts, most widely reported first', async () => {
    await importPack();
    const analysed = await analysePage(driver, server.url('brief.html'), `story-coverage`);
    try {
      expect(analysed.view.state, analysed.view.status ?? '').toBe('ready');
      const popup = analysed.popup;
      const coverage = (await popup.evaluate(
        `document.querySelector('[data-testid="story-coverage"]')?.textContent ?? ''`,
      )) as string;
      expect(coverage).toBe('3 reference articles from 3 outlets cover this story.');
      const items = (await popup.evaluate(`Array.from(document.querySelectorAll(
        '[data-testid="section-missing"] [data-testid="report-item"]')).map((item) => ({
          count: item.querySelector('[data-testid="missing-count"]').textContent,
          text: item.querySelector('blockquote p').textContent }))`)) as { count: string; text: string }[];
      expect(items.length, 'the brief leaves out most of the match').toBeGreaterThanOrEqual(4);
      const reach = items.map((item) =>
        Number(/^Reported by (\d) of 3 reference articles on this story:$/.exec(item.count)?.[1]),
      );
      expect(
        reach.every((n) => n >= 1 && n <= 3),
        items.map((item) => item.count).join('\n'),
      ).toBe(true);
      expect(reach[0], 'the first item is reported by more than one outlet').toBeGreaterThanOrEqual(2);
      // The first items are facts the brief omits (the labels'), not facts of the other match or commentary.
      const omitted = set.facts.filter((fact) =>
        set.pages.find((p) => p.name === 'brief.txt')!.labels.omits?.includes(fact.id),
      );
      const reportsOmitted = (text: string) =>
        omitted.some((fact) =>
          fact.mentions.some((m) => text.includes(m.quote) || m.quote.includes(text.replace(/^“|”$/g, ''))),
        );
      expect(
        items.slice(0, 3).filter((item) => reportsOmitted(item.text)).length,
        items.map((i) => i.text).join('\n'),
      ).toBeGreaterThanOrEqual(2);
    } finally {
      await analysed.close();
    }
  });
});
