import type { Article } from '../article.ts';
import {
  labelNeedsContent,
  MEASURED,
  SIGNAL_IDS,
  sentenceContexts,
  type ScoredSentence,
} from './features.ts';
import type { PromotionModel } from './model.ts';
import type { ReferenceNames } from './reference-names.ts';
import { SIGNALS } from './signals/index.ts';
import type { SentenceContext } from './types.ts';
import { ceilingModel, logOddsCeiling, type CeilingModel } from './score-ceiling.ts';

/**
 * Signals measured only in a block that may hold a promotion: the costliest to read (names, the page's subject),
 * and those whose weight can only lower the score. Elsewhere the pre-check reads their ceiling (1 unless the
 * signal has a cheaper one). Measured on the 130 real pages: with these left out, 1 sentence in 100 is not
 * proven below the threshold.
 */
export const DEFERRED_SIGNALS: ReadonlySet<string> = new Set([
  'product-naming',
  'product-described',
  'benefit-claim',
  'persuasive-second-person',
  'news-register',
  'quotation',
  'about-a-person',
  'page-subject',
]);

// What the pre-check reads of each feature: its value, or for a deferred signal its ceiling.
const PRE_CHECK: readonly ((context: SentenceContext) => number)[] = MEASURED.map((feature) => {
  if (!DEFERRED_SIGNALS.has(feature.id)) return (context) => feature.measure(context);
  const signal = SIGNALS.find((signal) => signal.id === feature.id);
  const ceiling = signal?.ceiling;
  return ceiling ? (context) => ceiling.call(signal, context) : () => 1;
});

const DEFERRED_PLACES = MEASURED.flatMap((feature, place) =>
  DEFERRED_SIGNALS.has(feature.id) ? [place] : [],
);

// Above the rounding of the score's own sum: a sentence this close to the threshold is measured in full.
const MARGIN = 1e-6;

const ceilings = new WeakMap<PromotionModel, CeilingModel>();

/**
 * Measures the sentences of the blocks that may hold a promotion, as measureArticle does; a block in which no
 * sentence can reach the model's threshold, whatever its deferred signals say, is left empty: it reports nothing
 * (passages.ts reports a block only for a sentence at the threshold), so its sentences need no full reading.
 */
export function measureCandidates(
  article: Article,
  model: PromotionModel,
  references?: ReferenceNames,
): ScoredSentence[][] {
  let ceiling = ceilings.get(model);
  if (!ceiling) {
    ceiling = ceilingModel(model, SIGNAL_IDS, DEFERRED_SIGNALS);
    ceilings.set(model, ceiling);
  }
  const threshold = Math.log(model.threshold / (1 - model.threshold)) - MARGIN;
  return sentenceContexts(article, references).map((contexts) => {
    const measured = contexts.map((context) => PRE_CHECK.map((read) => read(context)));
    if (measured.every((values) => logOddsCeiling(ceiling, values) < threshold)) return [];
    return contexts.map((context, index) => {
      const values = measured[index] ?? [];
      for (const place of DEFERRED_PLACES) values[place] = MEASURED[place]!.measure(context);
      return { context, values: labelNeedsContent(values) };
    });
  });
}
