import { browser } from 'wxt/browser';
import { analyze } from '../lib/analyze.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import type { BackgroundEnvelope, BackgroundProtocolMap } from '../lib/protocol.ts';
import { referenceCorpus } from './reference-corpus.ts';
import { migrateStorageArticles, openLibrary } from './library/open-library.ts';

type Comparison = ReturnType<BackgroundProtocolMap['analyze']>;

/**
 * The background page's side: compares the popup's article with the corpus. The library is read afresh
 * for each click (never stale), its connection stays open between clicks and the engine stays compiled.
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
    return corpus.then((corpus): Comparison => ({
      report: analyze(article, { corpus, pageCards }),
      titles: Object.fromEntries(corpus.docs.map((doc) => [doc.id, doc.title])),
    }));
  });
}

function isBackgroundEnvelope(message: unknown): message is BackgroundEnvelope {
  const name = (message as BackgroundEnvelope | null)?.crosscheckBackground;
  return typeof message === 'object' && (name === 'prepare' || name === 'analyze');
}
