import type { Article } from '../../lib/article.ts';
import { packArticleOf } from '../../lib/pack/convert.ts';
import { addArticles, removeArticle, savedEntry } from './library.ts';
import { openLibrary } from './open-library.ts';

export type SavedStatus = { saved: false } | { saved: true; title: string; added: string };

/** "Add to my references" for the article the popup analysed. */
export interface ReferencesClient {
  status(): Promise<SavedStatus>;
  save(): Promise<void>;
  /** Undo: takes the article out of the library again. */
  remove(): Promise<void>;
}

/** The client over the library, for whichever article `current` returns (the last one extracted). */
export function createReferencesClient(current: () => Article | null): ReferencesClient {
  const article = () => {
    const extracted = current();
    if (!extracted) throw new Error('no article has been read from this page yet');
    return packArticleOf(extracted);
  };
  return {
    async status() {
      const extracted = current();
      if (!extracted) return { saved: false };
      const entry = await savedEntry(await openLibrary(), packArticleOf(extracted).id);
      return entry ? { saved: true, title: entry.title, added: entry.added } : { saved: false };
    },
    save: async () => void (await addArticles(await openLibrary(), [article()])),
    remove: async () => removeArticle(await openLibrary(), article().id),
  };
}
