import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { pollUntil } from '../../../tests/e2e/harness/reading-ui.ts';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';

const LISTED_IDS = `Array.from(document.querySelectorAll('[data-testid="user-articles"] li')).map((li) => li.getAttribute('data-id'))`;

/**
 * Makes `articles` the whole of Crosscheck's library, as a reader would: "Clear the library", then a
 * reference pack imported through the options page's file input. The articles are then indexed and stored
 * the way a reader's are, so a click reads the library and nothing else (the storage.local array of
 * older releases would be moved in, and indexed, by the click itself).
 */
export async function setLibraryReferences(
  options: Page,
  articles: readonly PackArticle[],
  click: (selector: string) => Promise<void>,
): Promise<void> {
  await options.waitForSelector('[data-testid="library-summary"]', { timeout: 10_000 });
  const listed = () => options.evaluate(LISTED_IDS) as Promise<string[]>;
  if ((await listed()).length > 0) {
    await click('[data-testid="clear-library"]');
    await click('[data-testid="clear-confirm"]');
    const left = await pollUntil(listed, (ids) => ids.length === 0, 10_000);
    if (left.length > 0) throw new Error(`options page: the library still lists ${left.join(', ')}`);
  }
  if (articles.length === 0) return;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pages-pack-'));
  try {
    const pack = path.join(dir, 'bench-references.jsonl');
    writeFileSync(
      pack,
      articles
        .map((article) => JSON.stringify(article, (_key, value: unknown) => value ?? undefined))
        .join('\n') + '\n',
    );
    const input = (await options.$('#library-import')) as ElementHandle<HTMLInputElement> | null;
    if (!input) throw new Error('options page: no #library-import input');
    await input.uploadFile(pack);
    const wanted = JSON.stringify(articles.map((article) => article.id).sort());
    const ids = await pollUntil(listed, (ids) => JSON.stringify([...ids].sort()) === wanted, 30_000);
    if (JSON.stringify([...ids].sort()) !== wanted)
      throw new Error(`options page: imported ${wanted}, the library lists ${JSON.stringify(ids)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
