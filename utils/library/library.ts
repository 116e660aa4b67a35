import { indexDocument } from '../../lib/corpus/index-document.ts';
import { corpusDocumentOf } from '../../lib/pack/convert.ts';
import type { PackArticle } from '../../lib/pack/pack-article.ts';
import { packLine } from '../../lib/pack/write-pack.ts';
import type { LibraryDb, LibraryEntry, StoredArticle } from './library-db.ts';
import { appendToIndex, dropFromIndex } from './library-index.ts';

export interface AddResult {
  added: number;
  /** Articles whose id was already in the library: the new copy replaced the old. */
  replaced: number;
}

/**
 * Adds articles in one transaction: all of them or, if the browser refuses (storage full, page closed),
 * none, and what was stored before stays as it was. Indexing happens before the transaction opens: a
 * transaction must wait on nothing but its own requests.
 */
export async function addArticles(
  db: LibraryDb,
  articles: PackArticle[],
  now = new Date(),
): Promise<AddResult> {
  if (articles.length === 0) return { added: 0, replaced: 0 };
  const unique = [...new Map(articles.map((article) => [article.id, article])).values()];
  const indexing = performance.now();
  const indexed = unique.map((article) => indexDocument(corpusDocumentOf(article)));
  // Timings for npm run bench:library (read from the popup's performance entries).
  performance.measure('crosscheck:add-indexing', { start: indexing });
  const storing = performance.now();
  const tx = db.transaction(
    ['articles', 'listing', 'segments', 'bodies', 'docSegment', 'vocabulary', 'derived'],
    'readwrite',
  );
  const listing = tx.objectStore('listing');
  let existing: (string | undefined)[];
  try {
    existing = await Promise.all(unique.map((article) => listing.getKey(article.id)));
    await appendToIndex(db, tx, indexed);
    for (const article of unique) {
      const stored: StoredArticle = { ...article, added: article.added ?? now.toISOString() };
      tx.objectStore('articles')
        .put(stored)
        .catch(() => {});
      listing.put(entryOf(stored)).catch(() => {});
    }
  } catch (error) {
    // Without this, the requests made so far would still commit: half an article in the index.
    tx.abort();
    tx.done.catch(() => {});
    throw error;
  }
  await tx.done;
  performance.measure('crosscheck:add-storing', { start: storing });
  const replaced = existing.filter((key) => key !== undefined).length;
  return { added: unique.length - replaced, replaced };
}

export function entryOf(article: StoredArticle): LibraryEntry {
  const { id, title, site, url, date, lang, added } = article;
  return { id, title, site, url, date, lang, added, chars: article.title.length + article.text.length };
}

export async function removeArticle(db: LibraryDb, id: string): Promise<void> {
  const tx = db.transaction(
    ['articles', 'listing', 'segments', 'bodies', 'docSegment', 'vocabulary', 'derived'],
    'readwrite',
  );
  await Promise.all([
    tx.objectStore('articles').delete(id),
    tx.objectStore('listing').delete(id),
    dropFromIndex(tx, [id]),
    tx.done,
  ]);
}

/** Empties the library. The vocabulary stays: it is append-only, and unused terms cost nothing. */
export async function clearLibrary(db: LibraryDb): Promise<void> {
  const tx = db.transaction(
    ['articles', 'listing', 'segments', 'bodies', 'docSegment', 'derived'],
    'readwrite',
  );
  await Promise.all([
    tx.objectStore('derived').clear(),
    tx.objectStore('articles').clear(),
    tx.objectStore('listing').clear(),
    tx.objectStore('segments').clear(),
    tx.objectStore('bodies').clear(),
    tx.objectStore('docSegment').clear(),
    tx.done,
  ]);
}

export function listArticles(db: LibraryDb): Promise<LibraryEntry[]> {
  return db.getAll('listing');
}

export function savedEntry(db: LibraryDb, id: string): Promise<LibraryEntry | undefined> {
  return db.get('listing', id);
}

export async function articleCount(db: LibraryDb): Promise<number> {
  return db.count('listing');
}

/** The library as a reference pack, line by line, read with a cursor (never all articles at once). */
export async function exportPack(db: LibraryDb): Promise<string[]> {
  const lines: string[] = [];
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    lines.push(`${packLine(cursor.value)}\n`);
    cursor = await cursor.continue();
  }
  return lines;
}
