import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { IndexSegment } from '../../lib/corpus/segment.ts';
import type { ArticleBody } from '../../lib/corpus/article-body.ts';
import type { CoveredKeys, StoredLibraryStats } from './library-stats.ts';
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
 * The reader's library in IndexedDB. Per article: the full article (export, "already saved") and its
 * listing. The index: one segment per batch of added articles (their sentences in columns, term ids of the
 * shared vocabulary), which segment holds each article, and the vocabulary itself, append-only, in chunks.
 * Adding articles writes their own segment and one chunk of new terms: the index of the others is never
 * rewritten (replacing or deleting an article rewrites only the segment that held it).
 */
export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: StoredArticle };
  listing: { key: string; value: LibraryEntry };
  segments: { key: number; value: IndexSegment };
  /** Article id → its indexed sentences' text and details (written and deleted with its segment entry). */
  bodies: { key: string; value: ArticleBody };
  /** Article id → key of the segment holding its index. */
  docSegment: { key: string; value: number };
  /** Chunk n holds the terms numbered after those of chunks 0 … n-1. Never cleared, never rewritten. */
  vocabulary: { key: number; value: string[] };
  /**
   * What loading derives from the segments, kept so that the popup need not derive it (library-stats.ts):
   * a cache, never the only copy of anything. Deleted whenever a segment it covers is rewritten.
   */
  derived: { key: string; value: StoredLibraryStats | CoveredKeys };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

export const LIBRARY_DB_NAME = 'crosscheck-library';

export function openLibraryDb(name = LIBRARY_DB_NAME): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, 3, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('listing', { keyPath: 'id' });
        db.createObjectStore('segments', { autoIncrement: true });
        db.createObjectStore('docSegment');
        db.createObjectStore('vocabulary');
      }
      // Version 2: the derived statistics (a library of version 1 simply has none yet).
      if (oldVersion < 2) db.createObjectStore('derived');
      // Version 3: the articles' bodies apart from the segments. Segments stored before keep their text
      // inline (still read as they are) until utils/library/refresh-index.ts moves it out.
      if (oldVersion < 3) db.createObjectStore('bodies');
    },
  });
}
