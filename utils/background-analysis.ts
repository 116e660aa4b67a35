import { browser } from 'wxt/browser';
import { analyzeReading } from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { marksOf } from '../lib/page/marks.ts';
import type { BackgroundEnvelope, Comparison, DisplaySettings } from '../lib/protocol.ts';
import { displaySettings } from './display-settings.ts';
import { referenceCorpus } from './reference-corpus.ts';
import { reportTitles } from './report-titles.ts';

interface Prepared {
  corpus: Promise<Corpus>;
  display: Promise<DisplaySettings>;
}

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * The background page's side: compares the page agent's article with the corpus and answers the report,
 * its marks and the reader's display settings, which the agent paints. The library is read afresh for
 * each click (never stale), its connection stays open between clicks (referenceCorpus opens it once, and
 * moves articles stored the pre-library way in then). The corpus and the display settings are read when
 * the page agent asks, as its extraction starts, so that the article finds them ready.
 */
export function answerAnalysisRequests(): void {
  let prepared: Prepared | null = null;
  const prepare = (): Prepared => {
    const ready = { corpus: referenceCorpus(), display: displaySettings() };
    ready.corpus.catch(() => {});
    ready.display.catch(() => {});
    return ready;
  };
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundEnvelope(message)) return undefined;
    if (message.crosscheckBackground === 'prepare') {
      prepared = prepare();
      return Promise.resolve(null);
    }
    const receivedAt = wallClock();
    const received = performance.now();
    const { article, pageCards } = (message as BackgroundEnvelope<'analyze'>).data;
    const { corpus, display } = prepared ?? prepare();
    prepared = null;
    return Promise.all([corpus, display]).then(async ([corpus, display]): Promise<Comparison> => {
      const ready = performance.now();
      const report = await analyzeReading(article, { corpus, pageCards });
      const analysed = performance.now();
      const comparison: Comparison = {
        report,
        titles: reportTitles(report, corpus),
        marks: marksOf(report),
        ...display,
      };
      comparison.timings = {
        corpusWait: ready - received,
        analyze: analysed - ready,
        answer: performance.now() - analysed,
        receivedAt,
        answeredAt: wallClock(),
      };
      return comparison;
    });
  });
}

function isBackgroundEnvelope(message: unknown): message is BackgroundEnvelope {
  const name = (message as BackgroundEnvelope | null)?.crosscheckBackground;
  return typeof message === 'object' && (name === 'prepare' || name === 'analyze');
}
