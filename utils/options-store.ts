import type { Palette } from '../lib/page/highlights.ts';
import type { MarkCategory } from '../lib/page/marks.ts';
import type { PackSummary } from '../lib/pack/pack-reader.ts';
import type { ImportProgress } from './library/import-pack.ts';
import type { LibraryEntry } from './library/library-db.ts';

export interface OptionsSnapshot {
  categories: MarkCategory[];
  palette: Palette;
  autoOrigins: string[];
  /** "Remember the articles I check". */
  remember: boolean;
  /** The reader's library, for the list (small entries: no text). */
  articles: LibraryEntry[];
  /** What the browser says this extension's storage uses, when it says. */
  storageBytes: number | null;
}

/** An article typed into the options page's form. */
export interface TypedArticle {
  title: string;
  site: string | null;
  date: string | null;
  text: string;
}

export interface ImportResult {
  summary: PackSummary;
  added: number;
  replaced: number;
}

/** What the options page reads and changes. The extension implements it over storage; tests with a fake. */
export interface OptionsStore {
  load(): Promise<OptionsSnapshot>;
  setCategories(categories: MarkCategory[]): Promise<void>;
  setPalette(palette: Palette): Promise<void>;
  setRemember(on: boolean): Promise<void>;
  /** Asks the browser for access to the origin first; resolves false when the reader declines. */
  addAutoOrigin(origin: string): Promise<boolean>;
  removeAutoOrigin(origin: string): Promise<void>;
  addArticle(article: TypedArticle): Promise<void>;
  removeArticle(id: string): Promise<void>;
  clearLibrary(): Promise<void>;
  /** Streams a pack file into the library, batch by batch. */
  importPack(file: File, onProgress: (progress: ImportProgress) => void): Promise<ImportResult>;
  /** The whole library as a pack. */
  exportPack(): Promise<Blob>;
}

/** "news.example.com" or "https://news.example.com/world/x" → "https://news.example.com"; null if unusable. */
export function originOf(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
    // Browsers disagree on odd host names ("not a site" parses in Chromium): accept plain ones only.
    if (!/^[a-z0-9.-]+$/i.test(url.hostname) && !/^\[[0-9a-f:]+\]$/i.test(url.hostname)) return null;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}
