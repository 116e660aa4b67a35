import { browser } from 'wxt/browser';
import type { Article } from '../lib/article.ts';
import type { PageCard } from '../lib/promotion/cards/page-card.ts';
import type { BackgroundEnvelope, Comparison } from '../lib/protocol.ts';

/** The popup's part (Firefox): asks the background page to load the corpus now, as the agent is injected. */
export function prepareInBackground(): void {
  const prepare: BackgroundEnvelope<'prepare'> = { crosscheckBackground: 'prepare', data: {} };
  browser.runtime.sendMessage(prepare).catch(() => {});
}

/**
 * The page agent's part (Firefox): the background page's comparison of the extracted article, or null
 * when it does not answer (the popup then compares by itself).
 */
export async function compareInBackground(
  article: Article,
  pageCards: PageCard[],
): Promise<Comparison | null> {
  const envelope: BackgroundEnvelope<'analyze'> = {
    crosscheckBackground: 'analyze',
    data: { article, pageCards },
  };
  try {
    const answer = (await browser.runtime.sendMessage(envelope)) as Comparison | undefined;
    return answer?.report ? answer : null;
  } catch {
    return null;
  }
}
