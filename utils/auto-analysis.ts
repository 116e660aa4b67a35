import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { originOf } from './options-store.ts';
import { analyseTab } from './analyse-tab.ts';
import { displaySettings } from './display-settings.ts';
import { rememberIfChosen } from './library/remember.ts';
import { referenceCorpus } from './reference-corpus.ts';
import { autoAnalysisOrigins } from './settings.ts';

/** Analyses a freshly loaded tab when the reader chose its site and granted access to it. */
export async function analyseIfChosen(tab: Browser.tabs.Tab): Promise<void> {
  const origin = tab.url ? originOf(tab.url) : null;
  if (!origin || !(await autoAnalysisOrigins.getValue()).includes(origin)) return;
  if (!(await browser.permissions.contains({ origins: [`${origin}/*`] }))) return;
  await analyseTab(tab, { corpus: referenceCorpus, display: displaySettings, remember: rememberIfChosen });
}
