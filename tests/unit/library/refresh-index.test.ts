import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CORPUS_INDEX_VERSION } from '../../../lib/corpus/version.ts';
import { segmentSentence } from '../../../lib/corpus/segment.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { addArticles, listArticles } from '../../../utils/library/library.ts';
import { openLibraryDb, type LibraryDb } from '../../../utils/library/library-db.ts';
import { refreshStaleIndex } from '../../../utils/library/refresh-index.ts';

let dbCount = 0;
const freshDb = () => openLibraryDb(`test-refresh-${dbCount++}`);

const articles = readCorpusDocuments().map((doc, i) => ({
  id: `refresh-${i}`,
  title: doc.title,
  text: doc.text.split('\n').slice(1).join('\n\n'),
  site: doc.site,
  url: null,
  date: doc.date,
  lang: 'en',
}));

/** Every stored segment's version and its articles' ids. */
async function segments(db: LibraryDb) {
  return (await db.getAll('segments')).map((segment) => ({
    version: segment.version,
    ids: segment.docs.map((doc) => doc.id),
  }));
}

describe('an index made by an older engine', () => {
  it('is indexed again from the stored articles, and nothing else changes', async () => {
    const db = await freshDb();
    await addArticles(db, articles.slice(0, 3), new Date('2026-01-02T03:04:05Z'));
    await addArticles(db, articles.slice(3));
    expect((await segments(db)).every((segment) => segment.version === CORPUS_INDEX_VERSION)).toBe(true);
    expect(await refreshStaleIndex(db)).toBe(0);

    // An older engine's segment: another version, and details it read differently (none at all here).
    const [firstKey] = await db.getAllKeys('segments');
    const old = (await db.get('segments', firstKey!))!;
    const sentence = old.docs[0]!.count > 1 ? 1 : 0;
    const withDetails = segmentSentence(old, sentence).d;
    expect(withDetails?.length).toBeGreaterThan(0);
    await db.put('segments', { ...old, version: CORPUS_INDEX_VERSION - 1, extras: '{}' }, firstKey!);
    const listed = await listArticles(db);

    expect(await refreshStaleIndex(db)).toBe(3);
    const after = await segments(db);
    expect(after.every((segment) => segment.version === CORPUS_INDEX_VERSION)).toBe(true);
    expect(after.flatMap((segment) => segment.ids).sort()).toEqual(articles.map((a) => a.id).sort());
    // The articles, and when each was added, are as they were.
    expect(await listArticles(db)).toEqual(listed);
    const refreshed = (await db.getAll('segments')).find((segment) => segment.docs[0]?.id === 'refresh-0')!;
    expect(segmentSentence(refreshed, sentence).d).toEqual(withDetails);
    expect(await refreshStaleIndex(db)).toBe(0);
  });
});
