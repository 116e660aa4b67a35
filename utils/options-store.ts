import { browser } from 'wxt/browser';
import { rebuildCombinedIndex } from './reference-corpus.ts';
import type { OptionsStore } from '../components/options/options-store.ts';
import { autoAnalysisOrigins, markedCategories, palette, userArticles, validCategories } from './settings.ts';

const pattern = (origin: string) => `${origin}/*`;

export function createOptionsStore(): OptionsStore {
  return {
    async load() {
      const [categories, chosenPalette, autoOrigins, articles] = await Promise.all([
        markedCategories.getValue(),
        palette.getValue(),
        autoAnalysisOrigins.getValue(),
        userArticles.getValue(),
      ]);
      return { categories: validCategories(categories), palette: chosenPalette, autoOrigins, articles };
    },
    setCategories: (categories) => markedCategories.setValue(categories),
    setPalette: (value) => palette.setValue(value),
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
    async addArticle(article) {
      const articles = await userArticles.getValue();
      const id = `user-${Date.now().toString(36)}`;
      const next = [...articles, { ...article, id, addedAt: new Date().toISOString() }];
      await userArticles.setValue(next);
      await rebuildCombinedIndex(next);
    },
    async removeArticle(id) {
      const next = (await userArticles.getValue()).filter((a) => a.id !== id);
      await userArticles.setValue(next);
      await rebuildCombinedIndex(next);
    },
  };
}
