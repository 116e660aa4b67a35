import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseIfChosen } from '../utils/auto-analysis.ts';

// Only job: auto-analysis on the sites the reader chose. Registered synchronously so that MV3 service
// workers woken by the event still see it.
export default defineBackground(() => {
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (change.status === 'complete') analyseIfChosen(tab).catch(() => {});
  });
});
