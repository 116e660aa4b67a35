import { browser } from 'wxt/browser';
import type { Article } from '../lib/article.ts';
import {
  analyzeReadingFrom,
  compareAhead,
  detectTextPromotions,
  type ComparisonAhead,
  type AnalysisStep,
  type TextPromotions,
} from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { marksOf } from '../lib/page/marks.ts';
import type { PageCard } from '../lib/promotion/cards/page-card.ts';
import type { BackgroundEnvelope, BackgroundTimings, Comparison, DisplaySettings } from '../lib/protocol.ts';
import { displaySettings } from './display-settings.ts';
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
  text: TextPromotions;
  ahead: ComparisonAhead;
  timings: Required<Pick<BackgroundTimings, 'corpusWait' | 'textPromotions' | 'compareAhead' | 'receivedAt'>>;
  /** When the work that needs no boxes was done. */
  aheadDone: number;
}

/** Clicks whose boxes never came (an agent that failed after sending its article) are dropped past this. */
const MAX_PENDING = 4;

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * The background page's side: compares the page agent's article with the corpus and answers the report,
 * its marks and the reader's display settings, which the agent paints. The library is read afresh for
 * each click (never stale), its connection stays open between clicks (referenceCorpus opens it once, and
 * moves articles stored the pre-library way in then). The corpus and the display settings are read when
 * the page agent asks, as its extraction starts, so that the article finds them ready. The article comes
 * before the page's sponsored boxes: the promotions in its text are found while the page scans its boxes
 * (the page and this page are two processes).
 */
export function answerAnalysisRequests(): void {
  let prepared: Prepared | null = null;
  const pending = new Map<string, Promise<Started>>();
  const prepare = (): Prepared => {
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
    return Promise.all([corpus, display]).then(async ([corpus, display]) => {
      const ready = performance.now();
      const text = detectTextPromotions(article, corpus);
      const promotionsDone = performance.now();
      const ahead = await compareAhead(article, text, { corpus });
      const aheadDone = performance.now();
      const timings = {
        corpusWait: ready - received,
        textPromotions: promotionsDone - ready,
        compareAhead: aheadDone - promotionsDone,
        receivedAt,
      };
      return { article, corpus, display, text, ahead, timings, aheadDone };
    });
  };
  const finish = async (started: Started, pageCards: PageCard[]): Promise<Comparison> => {
    const { article, corpus, display, text, ahead } = started;
    const begun = performance.now();
    const steps: Partial<Record<AnalysisStep, number>> = {};
    let last = begun;
    const onStep = (step: AnalysisStep) => {
      const now = performance.now();
      steps[step] = now - last;
      last = now;
    };
    const report = await analyzeReadingFrom(article, text, { corpus, pageCards, onStep, ahead });
    const analysed = performance.now();
    const comparison: Comparison = {
      report,
      titles: reportTitles(report, corpus),
      marks: marksOf(report),
      ...display,
    };
    comparison.timings = {
      ...started.timings,
      cardsWait: Math.max(0, begun - started.aheadDone),
      steps,
      analyze: started.timings.textPromotions + started.timings.compareAhead + (analysed - begun),
      answer: performance.now() - analysed,
      answeredAt: wallClock(),
    };
    return comparison;
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
