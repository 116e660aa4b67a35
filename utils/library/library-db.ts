import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DocIndexPart } from '../../lib/corpus/doc-index.ts';
import type { PackArticle } from '../../lib/pack/pack-article.ts';

/** What the options page lists for an article: small, so ten thousand of them load at once. */
export interface LibraryEntry {
  id: string;
  title: string;
  site: string | null;
  url: string | null;
  date: string | null;
  lang: string | null;
  added: string;
  /** Characters of text, for the storage figures. */
  chars: number;
}

export type StoredArticle = PackArticle & { added: string };

/**
 * The reader's library in IndexedDB. Per article: the full article (export, "already saved"), its listing,
 * and its part of the index; plus the shared vocabulary of the index, append-only, in chunks. Adding an
 * article writes its own records and one chunk of new terms: the index of the others is never rewritten.
 */
export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: StoredArticle };
  listing: { key: string; value: LibraryEntry };
  parts: { key: string; value: DocIndexPart };
  /** Chunk n holds the terms numbered after those of chunks 0 … n-1. Never cleared, never rewritten. */
  vocabulary: { key: number; value: string[] };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'crosscheck-library';

export function openLibraryDb(name = LIBRARY_DB_NAME): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('articles', { keyPath: 'id' });
      db.createObjectStore('listing', { keyPath: 'id' });
      db.createObjectStore('parts', { keyPath: 'meta.id' });
      db.createObjectStore('vocabulary');
    },
  });
}
