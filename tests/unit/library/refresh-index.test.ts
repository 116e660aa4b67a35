import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CORPUS_INDEX_VERSION } from '../../../lib/corpus/version.ts';
import { analyzeReading } from '../../../lib/analyze.ts';
import { bodyExtras, bodySentences, bodyText } from '../../../lib/corpus/article-body.ts';
import { bundledIndexJson } from '../../../lib/corpus/bundled.ts';
import {
  isInline,
  segmentOfSentences,
  sentenceSeq,
  type InlineSegment,
} from '../../../lib/corpus/segment.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { libraryCorpus } from '../../../utils/library/library-corpus.ts';
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
    const detailsOf = async (id: string) => bodyExtras((await db.get('bodies', id))!)[sentence]?.d;
    const withDetails = await detailsOf('refresh-0');
    expect(withDetails?.length).toBeGreaterThan(0);
    await db.put('segments', { ...old, version: CORPUS_INDEX_VERSION - 1 }, firstKey!);
    for (const { id } of old.docs)
      await db.put('bodies', { ...(await db.get('bodies', id))!, extras: '{}' }, id);
    const listed = await listArticles(db);

    expect(await refreshStaleIndex(db)).toBe(3);
    const after = await segments(db);
    expect(after.every((segment) => segment.version === CORPUS_INDEX_VERSION)).toBe(true);
    expect(after.flatMap((segment) => segment.ids).sort()).toEqual(articles.map((a) => a.id).sort());
    // The articles, and when each was added, are as they were.
    expect(await listArticles(db)).toEqual(listed);
    expect(await detailsOf('refresh-0')).toEqual(withDetails);
    expect(await refreshStaleIndex(db)).toBe(0);
  });
});

/** A segment as libraries stored them before the bodies were kept apart: text and details inline. */
async function inlineSegment(db: LibraryDb, key: number): Promise<InlineSegment> {
  const segment = (await db.get('segments', key))!;
  let first = 0;
  const docs = [];
  for (const { count, ...meta } of segment.docs) {
    const body = (await db.get('bodies', meta.id))!;
    const sentences = Array.from({ length: bodySentences(body) }, (_, k) => ({
      text: bodyText(body, k),
      seq: sentenceSeq(segment, first + k),
      ...bodyExtras(body)[k],
    }));
    docs.push({ meta, sentences });
    first += count;
  }
  return { ...segmentOfSentences(docs, segment.names), version: segment.version! };
}

describe('a library stored before the bodies were kept apart', () => {
  it('is read as it is, then its bodies are moved out with nothing indexed again and the same analysis', async () => {
    const db = await freshDb();
    await addArticles(db, articles.slice(0, 3));
    await addArticles(db, articles.slice(3));
    const seed = readCorpusDocuments()[2]!;
    const page = articleFromText(seed.text);
    // The bundled copy of the page left out: the library's copy and the others are its references.
    const analyse = async () =>
      analyzeReading(page, { corpus: (await libraryCorpus(db, bundledIndexJson()))!, exclude: [seed.id] });
    const expected = await analyse();
    const evidence = expected.claims.flatMap((claim) => claim.evidence.map((entry) => entry.docId));
    expect(evidence.filter((id) => id.startsWith('refresh-')).length).toBeGreaterThan(0);

    // Both segments the old way: text inline, no bodies.
    for (const key of await db.getAllKeys('segments')) {
      const old = await inlineSegment(db, key);
      await db.put('segments', old, key);
      for (const { id } of old.docs) await db.delete('bodies', id);
    }
    expect(await db.count('bodies')).toBe(0);
    expect(await analyse()).toEqual(expected);

    expect(await refreshStaleIndex(db), 'no article indexed again').toBe(0);
    expect((await db.getAll('segments')).some(isInline)).toBe(false);
    expect(await db.count('bodies')).toBe(articles.length);
    expect(await analyse()).toEqual(expected);
  });
});
