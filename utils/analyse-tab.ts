import { browser, type Browser } from 'wxt/browser';
import type { PopupState } from './popup-state.ts';
import type { Article } from '../lib/article.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import type { Report } from '../lib/report.ts';
import type { Palette } from '../lib/page/highlights.ts';
import { marksOf, type MarkCategory } from '../lib/page/marks.ts';
import { refusedMessage, restrictionOf } from '../lib/page-access.ts';
import { AgentError, sendToTab } from './messaging.ts';
import type { Compare } from './analyze-in-background.ts';

const PAGE_AGENT_FILE = '/content-scripts/crosscheck.js';

export interface AnalysisDeps {
  /** Loads the corpus; called once the page agent is on its way, so loading never delays injection. */
  corpus: () => Promise<Corpus>;
  /** Which categories to mark and in which palette (the reader's settings). */
  display: () => Promise<{ visible: MarkCategory[]; palette: Palette }>;
  /** Told the extracted article (the popup keeps it for "Add to my references"). */
  onArticle?: (article: Article) => void;
  /**
   * Starts a comparison elsewhere (Firefox: the background page, warm, with the library open); called as
   * the agent is injected. Its null means "not answered": then the engine and corpus load here.
   */
  compare?: () => Compare;
  /** Called once the page is marked: "Remember the articles I check". */
  remember?: (article: Article, report: Report) => Promise<void>;
}

/**
 * The whole analysis of one tab: inject the page agent, extract, compare, mark. Used by the popup on a
 * click and by the background for sites the reader chose to analyse automatically.
 */
export async function analyseTab(
  tab: Browser.tabs.Tab | undefined,
  deps: AnalysisDeps,
  onProgress: (step: string) => void = () => {},
): Promise<PopupState> {
  if (tab?.id === undefined) return { kind: 'not-allowed', message: refusedMessage(undefined) };
  const tabId = tab.id;
  const restriction = restrictionOf(tab.url);
  if (restriction) return { kind: 'not-allowed', message: restriction };

  onProgress('Reading the article…');
  performance.mark('crosscheck:inject');
  const injection = browser.scripting.executeScript({ target: { tabId }, files: [PAGE_AGENT_FILE] });
  // While the page extracts the article, load the engine (its own chunk) and the corpus.
  const marked = <T>(name: string, promise: Promise<T>) =>
    promise.then((value) => (performance.mark(`crosscheck:${name}`), value));
  const local = () =>
    Promise.all([
      marked('engine-loaded', import('../lib/analyze.ts')),
      marked('corpus-loaded', deps.corpus()),
    ]);
  const compare = deps.compare?.();
  let engine = compare ? null : local();
  engine?.catch(() => {});
  const display = marked('display-read', deps.display());
  display.catch(() => {});
  let extracted;
  try {
    await injection;
    performance.mark('crosscheck:injected');
    extracted = await sendToTab(tabId, 'extract', {});
    performance.mark('crosscheck:extracted');
  } catch (error) {
    // Browsers refuse in two ways: Chromium rejects the injection; Firefox may accept it on a privileged
    // page, and then no agent answers. An error raised by the agent itself is a real failure.
    if (error instanceof AgentError) throw error;
    return { kind: 'not-allowed', message: refusedMessage(tab.url) };
  }
  if (!extracted.ok) return { kind: 'not-an-article', message: extracted.message };
  deps.onArticle?.(extracted.article);

  onProgress('Comparing with the reference articles…');
  const comparing = performance.now();
  let compared = await compare?.(extracted.article, extracted.pageCards);
  if (!compared) {
    const [{ analyze }, corpus] = await (engine ??= local());
    const report = analyze(extracted.article, { corpus, pageCards: extracted.pageCards });
    compared = { report, titles: Object.fromEntries(corpus.docs.map((doc) => [doc.id, doc.title])) };
  }
  performance.measure('crosscheck:analyze', { start: comparing });
  const { report, titles } = compared;
  const marks = marksOf(report);
  onProgress('Marking the page…');
  performance.mark('crosscheck:paint-sent');
  const { placed } = await sendToTab(tabId, 'paint', { marks, ...(await display) });
  performance.mark('crosscheck:paint-answered');
  // The library is a convenience: failing to remember an article never hides the result.
  await deps.remember?.(extracted.article, report).catch(() => {});
  return { kind: 'ready', report, marks, placed, titles };
}
