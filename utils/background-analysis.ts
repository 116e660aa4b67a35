import { browser } from 'wxt/browser';
import type { Article } from '../lib/article.ts';
import type { Comparison as EngineComparison } from '../lib/analysis/compare.ts';
import {
  allPromotions,
  compareReading,
  detectTextPromotions,
  reportOf,
  type AnalysisStep,
  type TextPromotions,
} from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { marksOf } from '../lib/page/marks.ts';
import type { PageCard } from '../lib/promotion/cards/page-card.ts';
import type { BackgroundEnvelope, BackgroundTimings, Comparison, DisplaySettings } from '../lib/protocol.ts';
import { referenceNameTerms } from '../lib/reference-name-terms.ts';
import { displaySettings } from './display-settings.ts';
import { startPromotionWorker, type PromotionWorker } from './promotion-worker.ts';
import { referenceCorpus } from './reference-corpus.ts';
import { reportTitles } from './report-titles.ts';

interface Prepared {
  corpus: Promise<Corpus>;
  display: Promise<DisplaySettings>;
}

/** A click's analysis once its article has arrived, until its sponsored boxes do. */
interface Started {
  article: Article;
  corpus: Corpus;
  display: DisplaySettings;
  text: Promise<TextPromotions>;
  /** The comparison as if the page had no promotions, made while the worker looks for them. */
  speculative: Promise<EngineComparison | null> | null;
  steps: Partial<Record<AnalysisStep, number>>;
  timings: Pick<BackgroundTimings, 'corpusWait' | 'receivedAt'> & { textPromotions?: number };
  ready: number;
}

/** Clicks whose boxes never came (an agent that failed after sending its article) are dropped past this. */
const MAX_PENDING = 4;

const wallClock = () => performance.timeOrigin + performance.now();

/** Records each step's duration from the one before (or from `since`). */
function stepClock(steps: Partial<Record<AnalysisStep, number>>, since: number) {
  let last = since;
  return (step: AnalysisStep) => {
    const now = performance.now();
    steps[step] = now - last;
    last = now;
  };
}

/**
 * The background page's side: compares the page agent's article with the corpus and answers the report,
 * its marks and the reader's display settings, which the agent paints. The library is read afresh for
 * each click (never stale), its connection stays open between clicks (referenceCorpus opens it once, and
 * moves articles stored the pre-library way in then). The corpus and the display settings are read when
 * the page agent asks, as its extraction starts, so that the article finds them ready.
 * Two threads share the work: as the article arrives, a worker looks for the promotions in its text while
 * this page compares it with the corpus as if it had none; the page's sponsored boxes come meanwhile. On
 * a page with no promotions (most pages) that comparison is the answer; otherwise the page is compared
 * again without them, so the report is always the one `analyzeReading` gives.
 */
export function answerAnalysisRequests(): void {
  let prepared: Prepared | null = null;
  let worker: PromotionWorker | null | undefined;
  const pending = new Map<string, Promise<Started>>();
  const prepare = (): Prepared => {
    worker ??= startPromotionWorker();
    const ready = { corpus: referenceCorpus(), display: displaySettings() };
    ready.corpus.catch(() => {});
    ready.display.catch(() => {});
    return ready;
  };
  const start = (article: Article): Promise<Started> => {
    const receivedAt = wallClock();
    const received = performance.now();
    const { corpus, display } = prepared ?? prepare();
    prepared = null;
    return Promise.all([corpus, display]).then(([corpus, display]): Started => {
      const ready = performance.now();
      const timings: Started['timings'] = { corpusWait: ready - received, receivedAt };
      const steps: Started['steps'] = {};
      const inWorker = worker?.detect(article, referenceNameTerms(corpus));
      if (!inWorker) {
        const text = detectTextPromotions(article, corpus);
        timings.textPromotions = performance.now() - ready;
        return {
          article,
          corpus,
          display,
          text: Promise.resolve(text),
          speculative: null,
          steps,
          timings,
          ready,
        };
      }
      const text = inWorker.then(
        (text) => ((timings.textPromotions = performance.now() - ready), text),
        // A worker that failed: find them here.
        () => detectTextPromotions(article, corpus),
      );
      const speculative = compareReading(article, [], {
        corpus,
        onStep: stepClock(steps, performance.now()),
      });
      speculative.catch(() => {});
      return { article, corpus, display, text, speculative, steps, timings, ready };
    });
  };
  const finish = async (started: Started, pageCards: PageCard[]): Promise<Comparison> => {
    const { article, corpus, display } = started;
    const cardsAt = performance.now();
    const text = await started.text;
    const promotions = allPromotions(article, text, { corpus, pageCards });
    let comparedAgain: number | undefined;
    let comparison: EngineComparison | null;
    if (started.speculative && promotions.length === 0) comparison = await started.speculative;
    else {
      const again = performance.now();
      comparison = await compareReading(article, promotions, {
        corpus,
        onStep: stepClock(started.steps, again),
      });
      comparedAgain = performance.now() - again;
    }
    const report = reportOf(article, text.genre, promotions, comparison);
    const analysed = performance.now();
    const answer: Comparison = {
      report,
      titles: reportTitles(report, corpus),
      marks: marksOf(report),
      ...display,
    };
    answer.timings = {
      ...started.timings,
      cardsWait: Math.max(0, cardsAt - started.ready),
      steps: started.steps,
      ...(comparedAgain === undefined ? {} : { comparedAgain }),
      analyze: analysed - started.ready,
      answer: performance.now() - analysed,
      answeredAt: wallClock(),
    };
    return answer;
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundEnvelope(message)) return undefined;
    if (message.crosscheckBackground === 'prepare') {
      prepared = prepare();
      return Promise.resolve(null);
    }
    if (message.crosscheckBackground === 'article') {
      const { click, article } = (message as BackgroundEnvelope<'article'>).data;
      const started = start(article);
      started.catch(() => {});
      pending.set(click, started);
      for (const old of pending.keys()) if (pending.size > MAX_PENDING) pending.delete(old);
      return Promise.resolve(null);
    }
    const { click, pageCards } = (message as BackgroundEnvelope<'analyze'>).data;
    const started = pending.get(click);
    pending.delete(click);
    // No article for this click (it never arrived): the agent returns the article, the popup compares.
    return started ? started.then((ready) => finish(ready, pageCards)) : Promise.resolve(null);
  });
}

function isBackgroundEnvelope(message: unknown): message is BackgroundEnvelope {
  const name = (message as BackgroundEnvelope | null)?.crosscheckBackground;
  return typeof message === 'object' && (name === 'prepare' || name === 'article' || name === 'analyze');
}
