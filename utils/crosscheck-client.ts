import type { PopupState } from './popup-state.ts';
import type { MarkCategory } from '../lib/page/marks.ts';
import { analyseTab, type AnalysisDeps } from './analyse-tab.ts';
import { sendToTab } from './messaging.ts';
import { findTargetTab } from './target-tab.ts';

/** What the popup can ask of the extension. The UI only knows this interface (tests pass a fake). */
export interface CrosscheckClient {
  analyse(onProgress: (step: string) => void): Promise<PopupState>;
  reveal(markId: string): Promise<void>;
  showCategories(categories: MarkCategory[]): Promise<void>;
}

export function createExtensionClient(location: Location, deps: AnalysisDeps): CrosscheckClient {
  let tabId: number | undefined;
  return {
    async analyse(onProgress) {
      const tab = await findTargetTab(location);
      tabId = tab?.id;
      return analyseTab(tab, deps, onProgress);
    },
    async reveal(markId) {
      if (tabId !== undefined) await sendToTab(tabId, 'reveal', { markId });
    },
    async showCategories(categories) {
      if (tabId !== undefined) await sendToTab(tabId, 'showCategories', { categories });
    },
  };
}
