import { openLibraryDb, type LibraryDb } from './library-db.ts';
import { combinedCorpusIndex, userArticles, type UserArticle } from '../settings.ts';
import type { PackArticle } from '../../lib/pack/pack-article.ts';

let opened: Promise<LibraryDb> | undefined;

/** This page's connection to the library, opened once; articles of older releases are moved in first. */
export function openLibrary(): Promise<LibraryDb> {
  opened ??= openLibraryDb().then(async (db) => {
    await migrateStorageArticles(db);
    return db;
  });
  return opened;
}

/**
 * Before the library, the reader's articles lived in one storage.local array with a rebuilt index beside
 * it. Moves them into the library once; the array is emptied only after the library holds them.
 */
export async function migrateStorageArticles(db: LibraryDb): Promise<void> {
  const old = await userArticles.getValue();
  if (old.length > 0) {
    // The indexing code loads only here (once per profile), not with every page that opens the library.
    const { addArticles } = await import('./library.ts');
    await addArticles(db, old.map(packArticleOfUserArticle));
    await userArticles.setValue([]);
  }
  if ((await combinedCorpusIndex.getValue()) !== null) await combinedCorpusIndex.setValue(null);
}

function packArticleOfUserArticle(article: UserArticle): PackArticle {
  // The options form stored the title as the text's first line.
  const lines = article.text.split('\n');
  const body = lines[0]?.trim() === article.title ? lines.slice(1) : lines;
  return {
    id: article.id,
    title: article.title,
    text: body.filter((line) => line.trim()).join('\n\n'),
    site: article.site,
    url: null,
    date: article.date ?? null,
    lang: null,
    added: article.addedAt,
  };
}
