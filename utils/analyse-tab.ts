import { browser, type Browser } from 'wxt/browser';
import type { PopupState } from './popup-state.ts';
import type { Article } from '../lib/article.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import type { Report } from '../lib/report.ts';
import { marksOf } from '../lib/page/marks.ts';
import { refusedMessage, restrictionOf } from '../lib/page-access.ts';
import type { AgentAnswer, Comparison, DisplaySettings } from '../lib/protocol.ts';
import { AgentError, sendToTab } from './messaging.ts';
import { reportTitles } from './report-titles.ts';

/** The page agent: extracts, and in Firefox has the background compare and paints (page-agent.ts). */
const PAGE_AGENT_FILE = '/content-scripts/crosscheck.js';
/** The legend and evidence cards, injected once marks are painted (crosscheck-ui.content). */
const PAGE_UI_FILE = '/content-scripts/crosscheck-ui.js';

export interface AnalysisDeps {
  /** Loads the corpus; called once the page agent is on its way, so loading never delays injection. */
  corpus: () => Promise<Corpus>;
  /** Which categories to mark and in which palette (the reader's settings). */
  display: () => Promise<DisplaySettings>;
  /** Told the extracted article (the popup keeps it for "Add to my references"). */
  onArticle?: (article: Article) => void;
  /**
   * Set where the page agent has the background page compare (Firefox: its background page stays loaded,
   * and the agent asks it to read the corpus as extraction starts). The engine then loads here only if
   * the background did not answer.
   */
  comparedByAgent?: boolean;
  /** Called once the page is marked: "Remember the articles I check". */
  remember?: (article: Article, report: Report) => Promise<void>;
}

/**
 * The whole analysis of one tab: inject the page agent, which extracts (and in Firefox compares and
 * paints), compare and mark when it did not, then inject the page UI if anything is marked. Used by the
 * popup on a click and by the background for sites the reader chose to analyse automatically.
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
  let engine = deps.comparedByAgent ? null : local();
  engine?.catch(() => {});
  let display = deps.comparedByAgent ? null : marked('display-read', deps.display());
  display?.catch(() => {});
  let answer: AgentAnswer | undefined;
  try {
    const [result] = await injection;
    answer = result?.result as AgentAnswer | undefined;
  } catch {
    // Chromium refuses by rejecting the injection.
  }
  performance.mark('crosscheck:injected');
  // Firefox may accept an injection on a privileged page, and then no agent answers.
  if (!answer) return { kind: 'not-allowed', message: refusedMessage(tab.url) };
  if (!answer.ok) {
    if (answer.reason === 'agent-error') throw new AgentError(answer.message);
    return { kind: 'not-an-article', message: answer.message };
  }
  const { article, pageCards } = answer;
  deps.onArticle?.(article);

  let comparison: Comparison;
  let placed: number;
  if (answer.painted) {
    ({ comparison } = answer.painted);
    ({ placed } = answer.painted.answer);
  } else {
    onProgress('Comparing with the reference articles…');
    const comparing = performance.now();
    display ??= deps.display();
    const [{ analyzeReading }, corpus] = await (engine ??= local());
    const report = await analyzeReading(article, { corpus, pageCards });
    performance.measure('crosscheck:analyze', { start: comparing });
    comparison = {
      report,
      titles: reportTitles(report, corpus),
      marks: marksOf(report),
      ...(await display),
    };
    onProgress('Marking the page…');
    performance.mark('crosscheck:paint-sent');
    const { marks, visible, palette } = comparison;
    ({ placed } = await sendToTab(tabId, 'paint', { marks, visible, palette }));
    performance.mark('crosscheck:paint-answered');
  }
  // The legend and the cards, only where something is marked; a page UI that fails leaves the marks.
  if (placed > 0)
    await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_UI_FILE] }).catch(() => {});
  const { report, marks, titles } = comparison;
  // The library is a convenience: failing to remember an article never hides the result.
  await deps.remember?.(article, report).catch(() => {});
  return { kind: 'ready', report, marks, placed, titles };
}
