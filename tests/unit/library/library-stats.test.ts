import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyzeReading } from '../../../lib/analyze.ts';
import { bundledIndexJson } from '../../../lib/corpus/bundled.ts';
import type { Corpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { addArticles, removeArticle } from '../../../utils/library/library.ts';
import { corpusOfSegments, libraryCorpus } from '../../../utils/library/library-corpus.ts';
import { libraryBodies } from '../../../utils/library/library-bodies.ts';
import { openLibraryDb, type LibraryDb } from '../../../utils/library/library-db.ts';
import { updateLibraryStats } from '../../../utils/library/library-stats.ts';

let dbCount = 0;
const seeds = readCorpusDocuments();
const packArticle = (doc: {
  id: string;
  title: string;
  text: string;
  site: string | null;
  date: string | null;
}) => ({
  id: doc.id,
  title: doc.title,
  text: doc.text.split('\n').slice(1).join('\n\n'),
  site: doc.site,
  url: null,
  date: doc.date,
  lang: 'en',
});
const articles: PackArticle[] = [
  ...seeds.map((doc, i) => packArticle({ ...doc, id: `stats-seed-${i}` })),
  ...syntheticCorpus(40, seeds).map(packArticle),
];

/** The corpus derived from the segments alone, as if no statistics were stored. */
async function derivedAfresh(db: LibraryDb): Promise<Corpus> {
  const [chunks, segments] = await Promise.all([db.getAll('vocabulary'), db.getAll('segments')]);
  return corpusOfSegments(chunks, segments, bundledIndexJson(), { bodies: libraryBodies(db) })!;
}

async function expectSameLoad(stored: Corpus, fresh: Corpus) {
  expect(stored.docs).toEqual(fresh.docs);
  expect(stored.sentenceDf).toEqual(fresh.sentenceDf);
  // Bit for bit: the norms are summed in the same order.
  expect(stored.docNorms).toEqual(fresh.docNorms);
  expect(stored.docPostings.size).toBe(fresh.docPostings.size);
  for (let term = 0; term < fresh.terms.length; term++) {
    const postings = (corpus: Corpus) => {
      const list: number[] = [];
      corpus.docPostings.forEach(term, (doc, count) => list.push(doc, count));
      return list;
    };
    expect(stored.docPostings.df(term)).toBe(fresh.docPostings.df(term));
    expect(postings(stored)).toEqual(postings(fresh));
  }
  expect(stored.storyJoin).toBe(fresh.storyJoin);
  const page = articleFromText(seeds[2]!.text);
  expect(await analyzeReading(page, { corpus: stored, exclude: [seeds[2]!.id] })).toEqual(
    await analyzeReading(page, { corpus: fresh, exclude: [seeds[2]!.id] }),
  );
}

describe('the statistics stored beside the library segments', () => {
  it('load exactly what deriving them from the segments gives, before and after later changes', async () => {
    const db = await openLibraryDb(`test-stats-${dbCount++}`);
    for (let i = 0; i < articles.length; i += 10) await addArticles(db, articles.slice(i, i + 10));
    expect(await db.get('derived', 'stats')).toBeUndefined();
    expect(await updateLibraryStats(db, bundledIndexJson())).toBe(true);
    expect(await updateLibraryStats(db, bundledIndexJson()), 'already up to date').toBe(false);
    const stored = (await db.get('derived', 'stats'))!;
    expect(stored.keys).toEqual(await db.getAllKeys('segments'));
    await expectSameLoad((await libraryCorpus(db, bundledIndexJson()))!, await derivedAfresh(db));

    // A newer segment beside them: the stored statistics cover the others, the join is derived again.
    await addArticles(db, syntheticCorpus(43, seeds).slice(40).map(packArticle));
    expect((await db.get('derived', 'stats'))!.keys).toEqual(stored.keys);
    await expectSameLoad((await libraryCorpus(db, bundledIndexJson()))!, await derivedAfresh(db));

    // Replacing or removing an article rewrites a segment they cover: they are forgotten.
    await addArticles(db, [{ ...articles[3]!, title: 'A newer title' }]);
    expect(await db.get('derived', 'stats')).toBeUndefined();
    expect(await updateLibraryStats(db, bundledIndexJson())).toBe(true);
    await expectSameLoad((await libraryCorpus(db, bundledIndexJson()))!, await derivedAfresh(db));
    await removeArticle(db, articles[12]!.id);
    expect(await db.get('derived', 'stats')).toBeUndefined();
    await expectSameLoad((await libraryCorpus(db, bundledIndexJson()))!, await derivedAfresh(db));
  }, 60_000);

  it('are ignored when they name segments that are not there', async () => {
    const db = await openLibraryDb(`test-stats-${dbCount++}`);
    await addArticles(db, articles.slice(0, 5));
    await updateLibraryStats(db, bundledIndexJson());
    const stored = (await db.get('derived', 'stats'))!;
    await db.put('derived', { ...stored, keys: [stored.keys[0]! + 100] }, 'stats');
    await expectSameLoad((await libraryCorpus(db, bundledIndexJson()))!, await derivedAfresh(db));
  }, 60_000);
});
