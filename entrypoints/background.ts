import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseIfChosen } from '../utils/auto-analysis.ts';
import { answerAnalysisRequests } from '../utils/background-analysis.ts';
import { openLibrary } from '../utils/library/open-library.ts';
import { refreshStaleIndex } from '../utils/library/refresh-index.ts';
import { deriveLibraryStats } from '../utils/library/keep-stats.ts';

// Three jobs: the popup's comparisons (Firefox, whose background page stays loaded), auto-analysis on the
// sites the reader chose, and, after an update, indexing the reader's library again when the engine reads
// articles differently. Registered synchronously so that MV3 service workers
// woken by the event still see them.
export default defineBackground(() => {
  if (import.meta.env.FIREFOX) answerAnalysisRequests();
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'update')
      openLibrary()
        .then(async (db) => {
          await refreshStaleIndex(db);
          await deriveLibraryStats(db);
        })
        .catch(() => {});
  });
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.status === 'complete') analyseIfChosen(tab).catch(() => {});
  });
});
