import { browser } from 'wxt/browser';
import { analyzeReading } from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { marksOf } from '../lib/page/marks.ts';
import type { BackgroundEnvelope, Comparison } from '../lib/protocol.ts';
import { displaySettings } from './display-settings.ts';
import { referenceCorpus } from './reference-corpus.ts';
import { migrateStorageArticles, openLibrary } from './library/open-library.ts';

/**
 * The background page's side: compares the page agent's article with the corpus and answers the report,
 * its marks and the reader's display settings, which the agent paints. The library is read afresh for
 * each click (never stale), its connection stays open between clicks and the engine stays compiled.
 */
export function answerAnalysisRequests(): void {
  let prepared: Promise<Corpus> | null = null;
  // Articles stored the pre-library way move in first, as a fresh popup's openLibrary would move them.
  const prepare = () => openLibrary().then(migrateStorageArticles).then(referenceCorpus);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundEnvelope(message)) return undefined;
    if (message.crosscheckBackground === 'prepare') {
      prepared = prepare();
      prepared.catch(() => {});
      return Promise.resolve(null);
    }
    const { article, pageCards } = (message as BackgroundEnvelope<'analyze'>).data;
    const corpus = prepared ?? prepare();
    prepared = null;
    return Promise.all([corpus, displaySettings()]).then(async ([corpus, display]): Promise<Comparison> => {
      const report = await analyzeReading(article, { corpus, pageCards });
      return {
        report,
        titles: Object.fromEntries(corpus.docs.map((doc) => [doc.id, doc.title])),
        marks: marksOf(report),
        ...display,
      };
    });
  });
}

function isBackgroundEnvelope(message: unknown): message is BackgroundEnvelope {
  const name = (message as BackgroundEnvelope | null)?.crosscheckBackground;
  return typeof message === 'object' && (name === 'prepare' || name === 'analyze');
}
