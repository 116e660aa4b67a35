import { browser } from 'wxt/browser';
import type { Article } from '../lib/article.ts';
import type { PageCard } from '../lib/promotion/detect.ts';
import type { BackgroundEnvelope, BackgroundProtocolMap } from '../lib/protocol.ts';

export type Comparison = ReturnType<BackgroundProtocolMap['analyze']>;
export type Compare = (article: Article, pageCards: PageCard[]) => Promise<Comparison | null>;

/**
 * The popup's side of a comparison in the background page: asks it to load the corpus now (called with
 * the injection) and returns the comparison, which gives null when the background does not answer (the
 * popup then compares by itself).
 */
export function compareInBackground(): Compare {
  const prepare: BackgroundEnvelope<'prepare'> = { crosscheckBackground: 'prepare', data: {} };
  browser.runtime.sendMessage(prepare).catch(() => {});
  return async (article, pageCards) => {
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
  };
}
