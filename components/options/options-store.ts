import type { Palette } from '../../lib/page/highlights.ts';
import type { MarkCategory } from '../../lib/page/marks.ts';
import type { UserArticle } from '../../utils/settings.ts';

export interface OptionsSnapshot {
  categories: MarkCategory[];
  palette: Palette;
  autoOrigins: string[];
  articles: UserArticle[];
}

/** What the options page reads and changes. The extension implements it over storage; tests with a fake. */
export interface OptionsStore {
  load(): Promise<OptionsSnapshot>;
  setCategories(categories: MarkCategory[]): Promise<void>;
  setPalette(palette: Palette): Promise<void>;
  /** Asks the browser for access to the origin first; resolves false when the reader declines. */
  addAutoOrigin(origin: string): Promise<boolean>;
  removeAutoOrigin(origin: string): Promise<void>;
  addArticle(article: Omit<UserArticle, 'id' | 'addedAt'>): Promise<void>;
  removeArticle(id: string): Promise<void>;
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
