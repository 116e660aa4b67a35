import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { findSponsoredCards } from '../../lib/promotion/cards/find-sponsored-cards.ts';
import type { AgentAnswer, BackgroundTimings } from '../../lib/protocol.ts';
import { prepareInBackground, startInBackground } from '../../utils/analyze-in-background.ts';
import { startPageMarks } from './page-marks.ts';

/**
 * The page agent's first (and, until there are marks, only) stage: extracts the article and returns it as
 * the injection's result. In Firefox it sends the article to the background page, which compares it, and
 * paints the marks at once: the popup gets the comparison with the article, and no message goes through
 * it in between. The legend and the cards are a second script (crosscheck-ui), injected once marks are
 * painted, so the page loads neither Preact nor the UI before then.
 */
export async function startPageAgent(ctx: ContentScriptContext): Promise<AgentAnswer> {
  performance.mark('crosscheck:agent-start');
  const marks = startPageMarks(ctx);
  if (import.meta.env.FIREFOX) prepareInBackground();
  try {
    performance.mark('crosscheck:agent-extract');
    const result = extractArticle(document, { url: location.href });
    performance.mark('crosscheck:agent-readability');
    if (!result.ok) return result;
    // Firefox: the background page starts on the article while this page scans its sponsored boxes.
    const background = import.meta.env.FIREFOX ? startInBackground(result.article) : null;
    const extracted = { ...result, pageCards: findSponsoredCards(document) };
    performance.mark('crosscheck:agent-extract-done');
    if (!background) return extracted;
    const comparison = await background.compare(extracted.pageCards);
    performance.mark('crosscheck:agent-compared');
    if (!comparison) return extracted;
    if (comparison.timings) recordBackgroundTimings(comparison.timings);
    return { ...extracted, painted: { comparison, answer: marks.paint(comparison.marks, comparison) } };
  } catch (error) {
    return {
      ok: false,
      reason: 'agent-error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * The background page's own steps, as performance measures that bench:pages reads: the article's trip
 * there (from the end of Readability), the wait for the corpus, the engine (in all and step by step), the
 * answer and its trip back.
 */
function recordBackgroundTimings(timings: BackgroundTimings): void {
  const sent = performance.getEntriesByName('crosscheck:agent-readability')[0]?.startTime;
  const now = performance.now();
  const wall = performance.timeOrigin + now;
  const steps: [string, number | undefined][] = [
    ['to-background', sent === undefined ? undefined : timings.receivedAt - (performance.timeOrigin + sent)],
    ['background-corpus-wait', timings.corpusWait],
    ['background-text-promotions', timings.textPromotions],
    ['background-compare-ahead', timings.compareAhead],
    ['background-cards-wait', timings.cardsWait],
    ...Object.entries(timings.steps ?? {}).map(([step, ms]): [string, number] => [`background-${step}`, ms]),
    ['background-analyze', timings.analyze],
    ['background-answer', timings.answer],
    ['from-background', wall - timings.answeredAt],
  ];
  for (const [name, duration] of steps)
    if (duration !== undefined && duration >= 0)
      performance.measure(`crosscheck:${name}`, { start: Math.max(0, now - duration), duration });
}
