import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePage, type AnalysedPage } from './harness/analyse-page.ts';
import { launchDriver, type BrowserName, type ExtensionDriver } from './harness/extension-driver.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { FIXTURE_PAGES_DIR } from './harness/paths.ts';
import { highlightName, pollUntil, popupItemCounts } from './harness/reading-ui.ts';

// Issue 11, the reader's library: import a pack through the options page's file input and be corroborated by
// it; "Add to my references" on page A corroborates a rewrite of A from another outlet; export, clear and
// re-import give the same library.

const PAGE_A = 'unrelated-city-budget.html'; // Riverton Gazette; no bundled reference covers its story
const REWRITE = 'library-rewrite-city-budget.html'; // the same story from the Riverton Evening Ledger
const PAYLOAD = '<img src=x onerror="window.__crosscheckPwned=1">Markup in a title';

/** The rewrite's paragraphs as a pack article, written by another outlet: what a newsroom might share. */
function rewriteArticle() {
  const html = readFileSync(join(FIXTURE_PAGES_DIR, REWRITE), 'utf8');
  const paragraphs = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]!.replace(/&#39;/g, "'"));
  return {
    id: 'ledger-2025-06-13-budget',
    title: 'Riverton budget passes after three months of debate',
    text: paragraphs.join('\n\n'),
    site: 'Riverton Evening Ledger',
    url: 'https://ledger.example/riverton-budget',
    date: '2025-06-13',
    lang: 'en',
  };
}

const EVIDENCE_SOURCES = `Array.from(document.querySelectorAll('[data-testid="section-corroborated"] blockquote.evidence footer')).map((f) => f.textContent)`;

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (browserName) => {
  let server: FixtureServer;
  let driver: ExtensionDriver;
  let options: Page;
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-library-e2e-'));

  beforeAll(async () => {
    server = await startFixtureServer();
    driver = await launchDriver(browserName);
    await openOptions();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  async function openOptions(): Promise<void> {
    if (options) await options.close();
    options = await driver.openPage(driver.extensionUrl('options.html'));
    await options.waitForSelector('[data-testid="library-summary"]', { timeout: 10_000 });
  }

  async function click(page: Page, selector: string): Promise<void> {
    if (browserName === 'firefox') await page.bringToFront();
    await page.click(selector);
  }

  /** The library as the options page lists it: id and shown text of each article. */
  const listed = () =>
    options.evaluate(`Array.from(document.querySelectorAll('[data-testid="user-articles"] li')).map(
      (li) => li.getAttribute('data-id') + ' ' + li.querySelector('span').textContent).sort()`) as Promise<
      string[]
    >;

  async function importFile(path: string): Promise<string> {
    const input = (await options.$('#library-import')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    const report = () =>
      options.evaluate(
        `document.querySelector('[data-testid="import-report"]').textContent`,
      ) as Promise<string>;
    return pollUntil(report, (text) => text !== '', 30_000);
  }

  async function analyse(fileName: string, name: string): Promise<AnalysedPage> {
    const analysed = await analysePage(driver, server.url(fileName), `library-${name}`);
    expect(analysed.view.state, analysed.view.status ?? '').toBe('ready');
    return analysed;
  }

  it('imports a pack through the file input, and a page whose story is in it is corroborated', async () => {
    const ledger = rewriteArticle();
    const pack = join(dir, 'newsroom.jsonl');
    writeFileSync(
      pack,
      [
        '// shared by a newsroom',
        JSON.stringify(ledger),
        '{"id": "broken", "title": ',
        JSON.stringify({ id: 'html-title', title: PAYLOAD, text: 'A short article. It has two sentences.' }),
        JSON.stringify({ title: 'No id', text: 'Body.' }),
      ].join('\n') + '\n',
    );
    const report = await importFile(pack);
    expect(report).toContain('newsroom.jsonl: 2 articles read, 2 lines rejected. 2 added to your library.');
    expect(report).toContain('line 3: not valid JSON');
    expect(report).toContain('line 5: missing required field id');
    const articles = await pollUntil(listed, (list) => list.length === 2);
    expect(articles).toEqual([
      `html-title ${PAYLOAD}`,
      `${ledger.id} ${ledger.title} — ${ledger.site}, ${ledger.date}`,
    ]);
    expect(await options.evaluate('window.__crosscheckPwned ?? null')).toBeNull();
    expect(await options.evaluate(`document.querySelector('[data-testid="user-articles"] img')`)).toBeNull();

    const page = await analyse(PAGE_A, 'imported');
    try {
      const items = await popupItemCounts(page.popup);
      expect(items.corroborated, 'the imported article reports the same facts').toBeGreaterThan(0);
      expect(page.marks[highlightName('corroborated')] ?? 0).toBeGreaterThan(0);
      const sources = (await page.popup.evaluate(EVIDENCE_SOURCES)) as string[];
      expect(
        sources.some((source) => source.includes('Riverton Evening Ledger')),
        sources.join('\n'),
      ).toBe(true);
    } finally {
      await page.close();
    }

    await click(options, '[data-testid="clear-library"]');
    await click(options, '[data-testid="clear-confirm"]');
    expect(await pollUntil(listed, (list) => list.length === 0)).toEqual([]);
  });

  it('"Add to my references" on page A: a rewrite of A from another outlet is corroborated by A', async () => {
    const before = await analyse(REWRITE, 'rewrite-before');
    try {
      expect((await popupItemCounts(before.popup)).corroborated, 'no reference covers it yet').toBe(0);
    } finally {
      await before.close();
    }

    const a = await analyse(PAGE_A, 'page-a');
    try {
      await a.popup.waitForSelector('[data-testid="add-to-references"] button', { timeout: 5_000 });
      await click(a.popup, '[data-testid="add-to-references"] button');
      const status = () =>
        a.popup.evaluate(
          `document.querySelector('[data-testid="add-to-references"] [role="status"]').textContent`,
        ) as Promise<string>;
      expect(await pollUntil(status, (text) => text !== '', 5_000)).toMatch(/^Added to your references/);
    } finally {
      await a.close();
    }

    const rewrite = await analyse(REWRITE, 'rewrite-after');
    try {
      expect((await popupItemCounts(rewrite.popup)).corroborated).toBeGreaterThan(0);
      expect(rewrite.marks[highlightName('corroborated')] ?? 0).toBeGreaterThan(0);
      const sources = (await rewrite.popup.evaluate(EVIDENCE_SOURCES)) as string[];
      expect(
        sources.some((source) => source.includes('Riverton Gazette')),
        sources.join('\n'),
      ).toBe(true);
    } finally {
      await rewrite.close();
    }

    const again = await analyse(PAGE_A, 'page-a-again');
    try {
      const text = () =>
        again.popup.evaluate(
          `document.querySelector('[data-testid="add-to-references"]')?.textContent ?? ''`,
        ) as Promise<string>;
      expect(await pollUntil(text, (t) => t !== '', 5_000)).toMatch(
        /^This page is in your references \(saved \d{4}-\d{2}-\d{2}\)\.$/,
      );
    } finally {
      await again.close();
    }
  });

  it('export, clear, re-import: the library is the same', async () => {
    await openOptions();
    await importFile(join(dir, 'newsroom.jsonl'));
    const before = await pollUntil(listed, (list) => list.length === 3);
    expect(before).toHaveLength(3); // page A from the previous test, and the pack's two articles

    await click(options, '[data-testid="export-library"]');
    await options.waitForSelector('[data-testid="export-link"]', { timeout: 10_000 });
    const exported = (await options.evaluate(
      `fetch(document.querySelector('[data-testid="export-link"]').href).then((r) => r.text())`,
    )) as string;
    expect(exported.trim().split('\n')).toHaveLength(3);
    const file = join(dir, 'exported.jsonl');
    writeFileSync(file, exported);

    await click(options, '[data-testid="clear-library"]');
    await click(options, '[data-testid="clear-confirm"]');
    expect(await pollUntil(listed, (list) => list.length === 0)).toEqual([]);

    expect(await importFile(file)).toContain('exported.jsonl: 3 articles read. 3 added to your library.');
    expect(await pollUntil(listed, (list) => list.length === 3)).toEqual(before);
    await openOptions();
    expect(await listed()).toEqual(before);
  });
});
