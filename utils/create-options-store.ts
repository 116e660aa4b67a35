import { browser } from 'wxt/browser';
import { articleIdOf } from '../lib/pack/article-id.ts';
import { importPack } from './library/import-pack.ts';
import { addArticles, clearLibrary, exportPack, listArticles, removeArticle } from './library/library.ts';
import { openLibrary } from './library/open-library.ts';
import { refreshStaleIndex } from './library/refresh-index.ts';
import { deriveLibraryStats, keepLibraryStats } from './library/keep-stats.ts';
import type { OptionsStore } from './options-store.ts';
import {
  autoAnalysisOrigins,
  markedCategories,
  palette,
  rememberChecked,
  validCategories,
} from './settings.ts';

const pattern = (origin: string) => `${origin}/*`;

export function createOptionsStore(): OptionsStore {
  return {
    async load() {
      // After an update that changed the index, the library is indexed again while the page is open.
      // Then the statistics the popup reads are derived, if a change left them out of date.
      openLibrary()
        .then(async (db) => {
          await refreshStaleIndex(db);
          await deriveLibraryStats(db);
        })
        .catch(() => {});
      const [categories, chosenPalette, autoOrigins, remember, articles, storageBytes] = await Promise.all([
        markedCategories.getValue(),
        palette.getValue(),
        autoAnalysisOrigins.getValue(),
        rememberChecked.getValue(),
        openLibrary().then(listArticles),
        storageUsed(),
      ]);
      return {
        categories: validCategories(categories),
        palette: chosenPalette,
        autoOrigins,
        remember,
        articles,
        storageBytes,
      };
    },
    setCategories: (categories) => markedCategories.setValue(categories),
    setPalette: (value) => palette.setValue(value),
    setRemember: (on) => rememberChecked.setValue(on),
    async addAutoOrigin(origin) {
      // Must be the first call after the click: browsers only ask for permissions during a user gesture.
      const granted = await browser.permissions.request({ origins: [pattern(origin)] });
      if (!granted) return false;
      const origins = await autoAnalysisOrigins.getValue();
      if (!origins.includes(origin)) await autoAnalysisOrigins.setValue([...origins, origin]);
      return true;
    },
    async removeAutoOrigin(origin) {
      await autoAnalysisOrigins.setValue((await autoAnalysisOrigins.getValue()).filter((o) => o !== origin));
      await browser.permissions.remove({ origins: [pattern(origin)] });
    },
    async addArticle({ title, site, date, text }) {
      const id = articleIdOf({ url: null, site, title, text });
      await addArticles(await openLibrary(), [{ id, title, site, date, text, url: null, lang: null }]);
    },
    removeArticle: async (id) => {
      const db = await openLibrary();
      await removeArticle(db, id);
      keepLibraryStats(db);
    },
    clearLibrary: async () => clearLibrary(await openLibrary()),
    importPack: async (file, onProgress) =>
      importPack(await openLibrary(), file.stream(), file.size, onProgress),
    exportPack: async () => new Blob(await exportPack(await openLibrary()), { type: 'application/jsonl' }),
  };
}

async function storageUsed(): Promise<number | null> {
  try {
    return (await navigator.storage?.estimate?.())?.usage ?? null;
  } catch {
    return null;
  }
}
