import { browser } from 'wxt/browser';
import type { Article } from '../lib/article.ts';
import type { PromotionWorkerAnswer, PromotionWorkerRequest } from '../lib/promotion-worker-protocol.ts';
import type { TextPromotions } from '../lib/text-promotions.ts';

/** The promotion worker (entrypoints/promotion-worker.ts), as the Firefox background page uses it. */
export interface PromotionWorker {
  /** The promotions in the article's text; rejects when the worker fails. */
  detect(article: Article, nameTerms: string[]): Promise<TextPromotions>;
}

/**
 * Starts the worker, or null where the page cannot have one. Started as the first click's extraction
 * starts and kept for the background page's life, so that no click waits for its script to load.
 */
export function startPromotionWorker(): PromotionWorker | null {
  let worker: Worker;
  try {
    worker = new Worker(browser.runtime.getURL('/promotion-worker.js'));
  } catch {
    return null;
  }
  let next = 0;
  let broken: Error | null = null;
  const waiting = new Map<
    number,
    { resolve: (text: TextPromotions) => void; reject: (error: Error) => void }
  >();
  const failAll = (error: Error) => {
    broken = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.onmessage = ({ data }: MessageEvent<PromotionWorkerAnswer>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.ok) request?.resolve(data.text);
    else request?.reject(new Error(data.message));
  };
  worker.onerror = (event) => failAll(new Error(`promotion worker: ${event.message}`));
  worker.onmessageerror = () => failAll(new Error('promotion worker: an answer could not be read'));
  return {
    detect: (article, nameTerms) =>
      new Promise<TextPromotions>((resolve, reject) => {
        if (broken) return reject(broken);
        const id = next++;
        waiting.set(id, { resolve, reject });
        const request: PromotionWorkerRequest = { id, article, nameTerms };
        worker.postMessage(request);
      }),
  };
}
