import { browser } from 'wxt/browser';
import { analyze } from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import type { Palette } from '../lib/page/highlights.ts';
import { marksOf, type MarkCategory } from '../lib/page/marks.ts';
import { refusedMessage, restrictionOf } from '../lib/page-access.ts';
import type { PopupState } from '../components/popup-state.ts';
import { sendToTab } from './messaging.ts';
import { findTargetTab } from './target-tab.ts';

const PAGE_AGENT_FILE = '/content-scripts/crosscheck.js';

/** What the popup can ask of the extension. The UI only knows this interface (tests pass a fake). */
export interface CrosscheckClient {
  analyse(onProgress: (step: string) => void): Promise<PopupState>;
  reveal(markId: string): Promise<void>;
  showCategories(categories: MarkCategory[]): Promise<void>;
}

export interface ClientDeps {
  loadCorpus: () => Promise<Corpus>;
  /** Which categories to mark and in which palette (the reader's settings). */
  loadDisplay: () => Promise<{ visible: MarkCategory[]; palette: Palette }>;
}

export function createExtensionClient(
  location: Location,
  { loadCorpus, loadDisplay }: ClientDeps,
): CrosscheckClient {
  let tabId: number | undefined;
  return {
    async analyse(onProgress) {
      const tab = await findTargetTab(location);
      if (tab?.id === undefined) return { kind: 'not-allowed', message: refusedMessage(undefined) };
      tabId = tab.id;
      const restriction = restrictionOf(tab.url);
      if (restriction) return { kind: 'not-allowed', message: restriction };

      onProgress('Reading the article…');
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_AGENT_FILE] });
      } catch {
        return { kind: 'not-allowed', message: refusedMessage(tab.url) };
      }
      const extracted = await sendToTab(tabId, 'extract', {});
      if (!extracted.ok) return { kind: 'not-an-article', message: extracted.message };

      onProgress('Comparing with the reference articles…');
      const [corpus, display] = await Promise.all([loadCorpus(), loadDisplay()]);
      const report = analyze(extracted.article, { corpus, pageCards: extracted.pageCards });
      const marks = marksOf(report);
      onProgress('Marking the page…');
      const { placed } = await sendToTab(tabId, 'paint', { marks, ...display });
      return { kind: 'ready', report, marks, placed };
    },
    async reveal(markId) {
      if (tabId !== undefined) await sendToTab(tabId, 'reveal', { markId });
    },
    async showCategories(categories) {
      if (tabId !== undefined) await sendToTab(tabId, 'showCategories', { categories });
    },
  };
}
