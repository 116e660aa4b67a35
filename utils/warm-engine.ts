import { finishComparison, nearestArticles, articlesToRead } from '../lib/analysis/compare.ts';
import { warmUpArticle } from '../lib/analysis/warm-up-article.ts';
import { bundledIndexJson } from '../lib/corpus/bundled.ts';
import type { Corpus } from '../lib/corpus/corpus.ts';
import { detectGenre, detectPromotionsInText, referenceNamesOf } from '../lib/promotion/detect.ts';

/** A task boundary, so that a message that arrived meanwhile (the reader's article) runs first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the engine once on a small article of the corpus's own (the Firefox background page, while the
 * page agent loads and extracts): SpiderMonkey throws an idle page's compiled code away at garbage
 * collection, and a cold engine takes several times as long on the reader's article. The engine's steps
 * run one task each, and each first checks `idle`, so the warm-up gives way as soon as the reader's
 * article has arrived; the article is small, so no step holds it up for long. Resolves to the
 * milliseconds it ran.
 */
export async function warmEngine(corpus: Promise<Corpus>, idle: () => boolean): Promise<number> {
  const ready = await corpus;
  let ran = 0;
  const step = async <T>(run: () => T | Promise<T>): Promise<T | undefined> => {
    await nextTask();
    if (!idle()) return undefined;
    const started = performance.now();
    const value = await run();
    ran += performance.now() - started;
    return value;
  };
  const article = warmUpArticle(bundledIndexJson());
  const references = await step(() => referenceNamesOf(ready));
  const genre = references && (await step(() => detectGenre(article)));
  if (!references || !genre) return ran;
  const inText = await step(() => detectPromotionsInText(article, { genre, references }));
  const start = inText && (await step(() => nearestArticles(article, ready)));
  if (!start) return ran;
  await step(() => ready.readArticles?.(articlesToRead(ready, start)));
  await step(() => finishComparison(article, ready, start));
  return ran;
}
