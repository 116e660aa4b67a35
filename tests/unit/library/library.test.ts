import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeReading } from '../../../lib/analyze.ts';
import { articleBody } from '../../../lib/corpus/article-body.ts';
import { bundledIndexJson } from '../../../lib/corpus/bundled.ts';
import { buildCorpusIndex, loadCorpus, type Corpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { corpusDocumentOf } from '../../../lib/pack/convert.ts';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';
import { readPack } from '../../../lib/pack/pack-reader.ts';
import { writePack } from '../../../lib/pack/write-pack.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { importPack } from '../../../utils/library/import-pack.ts';
import {
  addArticles,
  clearLibrary,
  exportPack,
  listArticles,
  removeArticle,
} from '../../../utils/library/library.ts';
import { corpusOfSegments, libraryCorpus } from '../../../utils/library/library-corpus.ts';
import { libraryBodies } from '../../../utils/library/library-bodies.ts';
import { syntheticCorpus } from '../../../scripts/bench/synthetic-corpus.ts';
import { openLibraryDb } from '../../../utils/library/library-db.ts';

let dbCount = 0;
const freshDb = () => openLibraryDb(`test-library-${dbCount++}`);

const seeds = readCorpusDocuments();
/** The seed articles as pack articles under new ids (the bundled ones stay in the corpus beside them). */
const seedArticles: PackArticle[] = seeds.map((doc, i) => ({
  id: `lib-seed-${i}`,
  title: doc.title,
  text: doc.text.split('\n').slice(1).join('\n\n'),
  site: doc.site,
  url: null,
  date: doc.date,
  lang: 'en',
}));

/** What the analysis of every seed page says, claim by claim, with a corpus. */
async function verdicts(corpus: Corpus) {
  const reports = [];
  for (const doc of seeds)
    reports.push(await analyzeReading(articleFromText(doc.text), { corpus, exclude: [doc.id] }));
  return reports.map((report) => ({
    related: report.story.related.map((r) => r.docId),
    claims: report.claims.map((c) => [c.status, c.evidence.map((e) => e.docId).join(',')]),
  }));
}

const sortedDocs = (corpus: Corpus) => [...corpus.docs].sort((a, b) => a.id.localeCompare(b.id));
/**
 * Each article's sentences as words, by article id: what the index says, whatever the term ids. Reads every
 * stored article's sentences first: a library keeps them in storage until the comparison asks.
 */
const wordsOf = async (corpus: Corpus, keep: (id: string) => boolean = () => true) => {
  await corpus.readArticles?.(corpus.docs.map((_, doc) => doc));
  return wordsNow(corpus, keep);
};
const wordsNow = (corpus: Corpus, keep: (id: string) => boolean) =>
  sortedDocs(corpus)
    .filter((doc) => keep(doc.id))
    .map((doc) => [
      doc.id,
      corpus.sentences
        .slice(doc.first, doc.first + doc.count)
        .map(
          (s) =>
            `${s.text} | ${s.seq.map((t) => corpus.terms[t]).join(' ')} | ${s.speakers.map((t) => corpus.terms[t]).join(' ')} | ${s.quantities.length} ${s.clauseStarts.join(',')} ${s.hedges}`,
        ),
    ]);

describe('the library index, updated article by article', () => {
  it('gives the analysis exactly what a full rebuild of library + bundled articles gives', async () => {
    const db = await freshDb();
    // One at a time, as "Add to my references" does, in a different order from the rebuild; one replaced.
    for (const article of [...seedArticles].reverse()) await addArticles(db, [article]);
    await addArticles(db, [seedArticles[2]!]);
    const incremental = (await libraryCorpus(db, bundledIndexJson()))!;
    const rebuilt = loadCorpus(buildCorpusIndex([...seedArticles.map(corpusDocumentOf), ...seeds]));
    expect(incremental.sentences).toHaveLength(rebuilt.sentences.length);
    // Term ids differ (another order); the sentences, their words, speakers, figures and clauses do not.
    expect(await wordsOf(incremental)).toEqual(await wordsOf(rebuilt));
    expect(new Set([...incremental.names].map((t) => incremental.terms[t]))).toEqual(
      new Set([...rebuilt.names].map((t) => rebuilt.terms[t])),
    );
    const sortRelated = (v: Awaited<ReturnType<typeof verdicts>>) =>
      v.map((p) => ({ ...p, related: [...p.related].sort() }));
    // A corpus opened afresh: the comparison reads the sentences of the articles near each page, and only them.
    const reopened = (await libraryCorpus(db, bundledIndexJson()))!;
    expect(sortRelated(await verdicts(reopened))).toEqual(sortRelated(await verdicts(rebuilt)));
  }, 30_000);

  it('stays consistent when two pages (popup, options) add articles to the same library in turn', async () => {
    const name = `test-library-${dbCount++}`;
    const popup = await openLibraryDb(name);
    const options = await openLibraryDb(name);
    await addArticles(popup, [seedArticles[0]!]);
    await addArticles(options, [seedArticles[1]!, seedArticles[2]!]);
    await Promise.all([addArticles(popup, [seedArticles[3]!]), addArticles(options, [seedArticles[4]!])]);
    const corpus = (await libraryCorpus(popup, bundledIndexJson()))!;
    expect(new Set(corpus.terms).size, 'no term stored twice').toBe(corpus.terms.length);
    const rebuilt = loadCorpus(buildCorpusIndex(seedArticles.map(corpusDocumentOf)));
    expect(await wordsOf(corpus, (id) => id.startsWith('lib-'))).toEqual(await wordsOf(rebuilt));
  });

  it('replaces an article saved again under the same id, and forgets a removed one', async () => {
    const db = await freshDb();
    expect(await addArticles(db, [seedArticles[0]!, seedArticles[1]!])).toEqual({ added: 2, replaced: 0 });
    const changed = { ...seedArticles[0]!, title: 'A newer title' };
    expect(await addArticles(db, [changed])).toEqual({ added: 0, replaced: 1 });
    let index = (await libraryCorpus(db, bundledIndexJson()))!;
    expect(index.docs.filter((d) => d.id === changed.id).map((d) => d.title)).toEqual(['A newer title']);
    await removeArticle(db, changed.id);
    index = (await libraryCorpus(db, bundledIndexJson()))!;
    expect(index.docs.map((d) => d.id)).not.toContain(changed.id);
    expect((await listArticles(db)).map((e) => e.id)).toEqual([seedArticles[1]!.id]);
    await clearLibrary(db);
    expect(await libraryCorpus(db, bundledIndexJson())).toBeNull();
  });

  it('reads the sentences of the articles near the page only, with the same report as all of them', async () => {
    const db = await freshDb();
    const synthetic = syntheticCorpus(40, seeds).map((doc) => ({
      id: doc.id,
      title: doc.title,
      text: doc.text.split('\n').slice(1).join('\n\n'),
      site: null,
      url: null,
      date: null,
      lang: 'en',
    }));
    await addArticles(db, [...seedArticles, ...synthetic]);
    const page = articleFromText(seeds[2]!.text);
    const options = { exclude: [seeds[2]!.id] };
    const bodies = libraryBodies(db);
    const asked: string[] = [];
    const counting = { get: bodies.get, read: (ids: string[]) => (asked.push(...ids), bodies.read(ids)) };
    const [chunks, segments] = await Promise.all([db.getAll('vocabulary'), db.getAll('segments')]);
    const onDemand = corpusOfSegments(chunks, segments, bundledIndexJson(), { bodies: counting })!;
    // Without reading them, the sentences are not there, and the engine says so rather than guess.
    expect(() => analyze(page, { corpus: onDemand, ...options })).toThrow(/not read from the library/);
    const report = await analyzeReading(page, { corpus: onDemand, ...options });
    expect(report.story.identicalTo).toBe(seedArticles[2]!.id);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.length).toBeLessThan(synthetic.length / 2);
    const everything = (await libraryCorpus(db, bundledIndexJson()))!;
    await everything.readArticles!(everything.docs.map((_, doc) => doc));
    expect(report).toEqual(analyze(page, { corpus: everything, ...options }));

    // A body goes with its article; one rewritten since the library was opened is refused, not misread.
    await removeArticle(db, synthetic[0]!.id);
    expect(await db.get('bodies', synthetic[0]!.id)).toBeUndefined();
    const stale = (await libraryCorpus(db, bundledIndexJson()))!;
    await db.put('bodies', articleBody([{ text: 'One sentence.', seq: [] }]), seedArticles[2]!.id);
    await expect(analyzeReading(page, { corpus: stale, ...options })).rejects.toThrow(
      /changed in the library/,
    );
  }, 30_000);

  it('loses nothing stored when a batch fails: the whole batch is left out, the library still works', async () => {
    const db = await freshDb();
    await addArticles(db, [seedArticles[0]!]);
    const unstorable = { ...seedArticles[1]!, 'x-callback': () => {} } as unknown as PackArticle;
    await expect(addArticles(db, [seedArticles[2]!, unstorable])).rejects.toThrow();
    expect((await listArticles(db)).map((e) => e.id)).toEqual([seedArticles[0]!.id]);
    const index = (await libraryCorpus(db, bundledIndexJson()))!;
    expect(index.docs.filter((d) => d.id.startsWith('lib-')).map((d) => d.id)).toEqual([seedArticles[0]!.id]);
    await addArticles(db, [seedArticles[2]!]);
    expect((await listArticles(db)).map((e) => e.id).sort()).toEqual([
      seedArticles[0]!.id,
      seedArticles[2]!.id,
    ]);
  });
});

describe('importing and exporting packs', () => {
  const streamOf = (text: string, chunk = 1000) => {
    const bytes = new TextEncoder().encode(text);
    let at = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, at + chunk));
        at += chunk;
      },
    });
  };

  it('imports in batches with progress, reports bad lines, and export → clear → import gives the same library', async () => {
    const db = await freshDb();
    await addArticles(db, [seedArticles[0]!]);
    const pack = [
      writePack(seedArticles.slice(1)),
      'not json\n',
      '{"id": "no-text", "title": "T"}\n',
      writePack([{ ...seedArticles[0]!, title: 'Replaced by the pack' }]),
    ].join('');
    const progress: number[] = [];
    const result = await importPack(db, streamOf(pack), pack.length, (p) => progress.push(p.articles));
    expect(result).toMatchObject({ added: 4, replaced: 1 });
    expect(result.summary.rejected).toEqual([
      { line: 5, reason: 'not valid JSON' },
      { line: 6, reason: 'missing required field text' },
    ]);
    expect(progress.at(-1)).toBe(5);
    const before = await listArticles(db);
    expect(before.find((e) => e.id === seedArticles[0]!.id)?.title).toBe('Replaced by the pack');

    const exported = (await exportPack(db)).join('');
    await clearLibrary(db);
    expect(await listArticles(db)).toEqual([]);
    const again = await importPack(db, streamOf(exported, 333), exported.length);
    expect(again).toMatchObject({ added: 5, replaced: 0 });
    expect(await listArticles(db)).toEqual(before);
    expect(readPack((await exportPack(db)).join('')).articles).toEqual(readPack(exported).articles);
  });

  it('adds nothing from a file that is not a pack, and keeps what was stored', async () => {
    const db = await freshDb();
    await addArticles(db, [seedArticles[0]!]);
    const html = '<!doctype html><html><body><p>Not a pack</p></body></html>\n';
    const result = await importPack(db, streamOf(html), html.length);
    expect(result.summary.notJsonLines).toBe(true);
    expect(result).toMatchObject({ added: 0, replaced: 0 });
    expect((await listArticles(db)).map((e) => e.id)).toEqual([seedArticles[0]!.id]);
  });
});
