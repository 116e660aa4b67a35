import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { referenceNamesFromTerms } from '../lib/reference-name-terms.ts';
import { detectTextPromotionsWith } from '../lib/text-promotions.ts';
import type { PromotionWorkerAnswer, PromotionWorkerRequest } from '../lib/promotion-worker-protocol.ts';

// Firefox's background page runs this as a dedicated worker: the promotions in a page's text are found
// here, on another thread, while the background page compares the page with the corpus.
export default defineUnlistedScript({
  include: ['firefox'],
  main() {
    const scope = globalThis as unknown as {
      onmessage: ((event: MessageEvent<PromotionWorkerRequest>) => void) | null;
      postMessage: (answer: PromotionWorkerAnswer) => void;
    };
    scope.onmessage = ({ data: { id, article, nameTerms } }) => {
      try {
        const text = detectTextPromotionsWith(article, referenceNamesFromTerms(nameTerms));
        scope.postMessage({ id, ok: true, text });
      } catch (error) {
        scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    };
  },
});
