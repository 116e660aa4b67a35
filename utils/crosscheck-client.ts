import type { PopupState } from './popup-state.ts';
import type { MarkCategory } from '../lib/page/marks.ts';
import { analyseTab, type AnalysisDeps } from './analyse-tab.ts';
import { sendToTab } from './messaging.ts';
import type { Article } from '../lib/article.ts';
import { createReferencesClient, type ReferencesClient } from './library/references-client.ts';
import { findTargetTab } from './target-tab.ts';

/** What the popup can ask of the extension. The UI only knows this interface (tests pass a fake). */
export interface CrosscheckClient {
  analyse(onProgress: (step: string) => void): Promise<PopupState>;
  reveal(markId: string): Promise<void>;
  showCategories(categories: MarkCategory[]): Promise<void>;
  /** "Add to my references" for the analysed article; absent where there is no library (tests). */
  references?: ReferencesClient;
}

export function createExtensionClient(location: Location, deps: AnalysisDeps): CrosscheckClient {
  let tabId: number | undefined;
  let article: Article | null = null;
  return {
    async analyse(onProgress) {
      performance.mark('crosscheck:analyse');
      const tab = await findTargetTab(location);
      performance.mark('crosscheck:tab-found');
      tabId = tab?.id;
      return analyseTab(tab, { ...deps, onArticle: (extracted) => (article = extracted) }, onProgress);
    },
    references: createReferencesClient(() => article),
    async reveal(markId) {
      if (tabId !== undefined) await sendToTab(tabId, 'reveal', { markId });
    },
    async showCategories(categories) {
      if (tabId !== undefined) await sendToTab(tabId, 'showCategories', { categories });
    },
  };
}

/**
 * The same client with its analysis already under way: the popup starts it before its first render and
 * the view picks it up (with the latest progress step) when it mounts.
 */
export function startedEarly(client: CrosscheckClient): CrosscheckClient {
  let report: ((step: string) => void) | undefined;
  let latest: string | undefined;
  const analysis = client.analyse((step) => {
    latest = step;
    report?.(step);
  });
  analysis.catch(() => {});
  return {
    ...client,
    analyse(onProgress) {
      report = onProgress;
      if (latest !== undefined) onProgress(latest);
      return analysis;
    },
  };
}
