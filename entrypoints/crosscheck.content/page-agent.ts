import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '../../lib/extract/extract-article.ts';
import { findSponsoredCards } from '../../lib/promotion/cards/find-sponsored-cards.ts';
import type { AgentAnswer } from '../../lib/protocol.ts';
import { compareInBackground } from '../../utils/analyze-in-background.ts';
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
  try {
    performance.mark('crosscheck:agent-extract');
    const result = extractArticle(document, { url: location.href });
    performance.mark('crosscheck:agent-readability');
    if (!result.ok) return result;
    const extracted = { ...result, pageCards: findSponsoredCards(document) };
    performance.mark('crosscheck:agent-extract-done');
    if (!import.meta.env.FIREFOX) return extracted;
    const comparison = await compareInBackground(extracted.article, extracted.pageCards);
    performance.mark('crosscheck:agent-compared');
    if (!comparison) return extracted;
    return { ...extracted, painted: { comparison, answer: marks.paint(comparison.marks, comparison) } };
  } catch (error) {
    return {
      ok: false,
      reason: 'agent-error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
