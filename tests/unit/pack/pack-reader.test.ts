import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePackSummary } from '../../../lib/pack/describe-summary.ts';
import { MAX_LINE_CHARS, PackReader, readPack } from '../../../lib/pack/pack-reader.ts';
import { readPackStream } from '../../../lib/pack/read-pack-stream.ts';
import { packLine, writePack } from '../../../lib/pack/write-pack.ts';
import type { PackArticle } from '../../../lib/pack/pack-article.ts';

const article = (id: string, extra: Partial<PackArticle> = {}): PackArticle => ({
  id,
  title: `Title ${id}`,
  text: `First paragraph of ${id}.\n\nSecond paragraph.`,
  site: 'Harbour Herald',
  url: `https://herald.example/${id}`,
  date: '2025-03-08',
  lang: 'en',
  ...extra,
});
const line = (value: unknown) => JSON.stringify(value);

describe('reading a pack', () => {
  it('reads every article of a well-formed pack, skipping blank and // lines, ignoring unknown fields', () => {
    const text = [
      '// a pack made by hand',
      line({ ...article('a-1'), 'x-source': 'archive', extra: 42 }),
      '',
      '   ',
      line({ id: 'b_2.x', title: 'Only required', text: 'Body.' }),
    ].join('\n');
    const { articles, summary } = readPack(text);
    expect(articles.map((a) => a.id)).toEqual(['a-1', 'b_2.x']);
    expect(articles[1]).toEqual({
      id: 'b_2.x',
      title: 'Only required',
      text: 'Body.',
      site: null,
      url: null,
      date: null,
      lang: null,
    });
    expect(articles[0]).not.toHaveProperty('x-source');
    expect(summary).toMatchObject({ lines: 5, accepted: 2, rejectedCount: 0, notJsonLines: false });
  });

  it('rejects malformed lines with their number and reason and still reads the others', () => {
    const text = [
      line(article('good-1')),
      '{"id": "broken", "title": "no closing brace"',
      'just words',
      '[1, 2, 3]',
      '"a string"',
      line(article('good-2')),
    ].join('\n');
    const { articles, summary } = readPack(text);
    expect(articles.map((a) => a.id)).toEqual(['good-1', 'good-2']);
    expect(summary.rejected).toEqual([
      { line: 2, reason: 'not valid JSON' },
      { line: 3, reason: 'not valid JSON' },
      { line: 4, reason: expect.stringMatching(/not a JSON object/) },
      { line: 5, reason: expect.stringMatching(/not a JSON object/) },
    ]);
    const told = describePackSummary('news.jsonl', summary);
    expect(told[0]).toBe('news.jsonl: 2 articles read, 4 lines rejected.');
    expect(told).toContain('line 2: not valid JSON');
  });

  it('rejects a line that lacks a required field or has an empty one, naming the field', () => {
    const { articles, summary } = readPack(
      [
        line({ title: 'No id', text: 'Body.' }),
        line({ id: 'no-title', text: 'Body.' }),
        line({ id: 'no-text', title: 'Title' }),
        line({ id: 'no-both' }),
        line({ id: 'empty-text', title: 'Title', text: '   ' }),
        line({ id: 'number-title', title: 12, text: 'Body.' }),
      ].join('\n'),
    );
    expect(articles).toEqual([]);
    expect(summary.rejected.map((r) => r.reason)).toEqual([
      'missing required field id',
      'missing required field title',
      'missing required field text',
      'missing required field title, text',
      'text is empty or not text',
      'title is empty or not text',
    ]);
    expect(summary.notJsonLines).toBe(false);
  });

  it('rejects invalid ids: spaces, slashes, other characters, too long, not a string, empty', () => {
    const ids = ['has space', 'a/b', 'é-accent', '<script>', 'x'.repeat(101), 17, ''];
    const { articles, summary } = readPack(
      ids.map((id) => line({ id, title: 'T', text: 'Body.' })).join('\n'),
    );
    expect(articles).toEqual([]);
    expect(summary.rejectedCount).toBe(ids.length);
    for (const rejection of summary.rejected) expect(rejection.reason).toMatch(/id/);
    expect(readPack(line({ id: 'x'.repeat(100), title: 'T', text: 'B.' })).articles).toHaveLength(1);
  });

  it('keeps HTML and script in every field as plain text, character for character', () => {
    const payload = '<script>alert(1)</script><img src=x onerror="alert(2)"><b>bold</b> &amp; &lt;';
    const { articles, summary } = readPack(
      line({ id: 'html-1', title: payload, text: `${payload}\n\n${payload}`, site: payload, lang: 'en' }),
    );
    expect(summary.accepted).toBe(1);
    expect(articles[0]?.title).toBe(payload);
    expect(articles[0]?.text).toBe(`${payload}\n\n${payload}`);
    expect(articles[0]?.site).toBe(payload);
  });

  it('leaves out optional fields that are unusable (a javascript: address, a bad date) and says so', () => {
    const { articles, summary } = readPack(
      line({
        ...article('odd-1'),
        url: 'javascript:alert(1)',
        date: 'next Tuesday',
        site: 42,
        lang: '<b>',
      }),
    );
    expect(articles[0]).toMatchObject({ url: null, date: null, site: null, lang: null });
    expect(summary.notes.map((n) => n.reason)).toEqual([
      'site is not text; left out',
      'url "javascript:alert(1)" is not usable; left out',
      'date "next Tuesday" is not usable; left out',
      'lang "<b>" is not usable; left out',
    ]);
    expect(readPack(line({ ...article('iso'), date: '2025-03-08T10:00:00Z' })).articles[0]?.date).toBe(
      '2025-03-08',
    );
  });

  it('keeps the last of two lines with the same id and says which lines', () => {
    const { articles, summary } = readPack(
      [
        line(article('dup', { title: 'First' })),
        line(article('other')),
        line(article('dup', { title: 'Second' })),
      ].join('\n'),
    );
    expect(articles.map((a) => [a.id, a.title])).toEqual([
      ['dup', 'Second'],
      ['other', 'Title other'],
    ]);
    expect(summary.duplicates).toEqual([{ id: 'dup', lines: [1, 3] }]);
    expect(describePackSummary('p.jsonl', summary)).toContain(
      'id dup is on lines 1, 3: the last one is kept',
    );
  });

  it('reads a pack in another language, and says the comparison is built for English', () => {
    const { articles, summary } = readPack(
      [
        line(
          article('de-1', { lang: 'de', title: 'Gespräche in Genf', text: 'Die Delegationen trafen sich.' }),
        ),
        line(article('ja-1', { lang: 'ja', title: '会談', text: '代表団は会談した。' })),
        line(article('en-1', { lang: 'en-GB' })),
      ].join('\n'),
    );
    expect(articles).toHaveLength(3);
    expect(articles[1]?.text).toBe('代表団は会談した。');
    expect(summary.otherLanguages).toEqual({ de: 1, ja: 1 });
    expect(describePackSummary('p.jsonl', summary).at(-1)).toMatch(/1 in de, 1 in ja: kept, .*English/);
  });

  it('says an empty file holds no articles', () => {
    for (const text of ['', '\n\n', '// only a comment\n']) {
      const { articles, summary } = readPack(text);
      expect(articles).toEqual([]);
      expect(describePackSummary('empty.jsonl', summary)).toEqual([
        'empty.jsonl holds no articles (it is empty). Nothing was added.',
      ]);
    }
  });

  it('says a file that is not JSON Lines at all is not a pack', () => {
    const files = [
      '<!doctype html><html><body><p>An article</p></body></html>',
      '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj',
      '[\n  {\n    "id": "a",\n    "title": "T",\n    "text": "B"\n  },\n  {"id": "b", "title": "T", "text": "B"},\n]',
      'id,title,text\na,T,B',
    ];
    for (const text of files) {
      const { articles, summary } = readPack(text);
      expect(articles).toEqual([]);
      expect(summary.notJsonLines, text).toBe(true);
      expect(describePackSummary('x.jsonl', summary)[0]).toMatch(/^x\.jsonl is not a reference pack/);
    }
    // A JSON array on one line is JSON, but not an article a line: rejected as such, not "not JSON Lines".
    expect(readPack('[{"id":"a","title":"T","text":"B"}]').summary.rejected[0]?.reason).toMatch(
      /not a JSON object/,
    );
  });

  it('handles a byte-order mark, Windows line ends and a missing final newline', () => {
    const text = `\uFEFF${line(article('a'))}\r\n${line(article('b', { text: 'One.\r\n\r\nTwo.' }))}`;
    const { articles, summary } = readPack(text);
    expect(articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(articles[1]?.text).toBe('One.\n\nTwo.');
    expect(summary.rejectedCount).toBe(0);
  });

  it('gives the same articles however the text is cut into chunks', () => {
    const text = [line(article('a')), 'bad', line(article('b', { title: 'Ünïcødé “quotes” 会談' })), ''].join(
      '\n',
    );
    const whole = readPack(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const reader = new PackReader();
        const got: PackArticle[] = [];
        let from = 0;
        for (const point of [...points, text.length]) {
          got.push(...reader.push(text.slice(from, point)));
          from = point;
        }
        const { articles, summary } = reader.end();
        expect([...got, ...articles]).toEqual(whole.articles);
        expect(summary).toEqual(whole.summary);
      }),
    );
  });

  it('rejects a line too long to be an article without holding it in memory', () => {
    const reader = new PackReader();
    const chunk = 'x'.repeat(1_000_000);
    for (let i = 0; i < Math.ceil(MAX_LINE_CHARS / chunk.length) + 2; i++) reader.push(chunk);
    expect(reader.push(`\n${line(article('after'))}\n`).map((a) => a.id)).toEqual(['after']);
    const { summary } = reader.end();
    expect(summary.rejected).toEqual([{ line: 1, reason: expect.stringMatching(/line longer than/) }]);
  });

  it('writes what it reads: write → read gives the same articles', () => {
    const articles = [
      article('w-1', { added: '2026-12-01T10:00:00.000Z' }),
      article('w-2', {
        site: null,
        url: null,
        date: null,
        lang: null,
        text: 'A\n\nB "quoted" \\ \u2028 end',
      }),
    ];
    const text = writePack(articles);
    expect(text.split('\n')).toHaveLength(3);
    expect(JSON.parse(packLine(articles[0]!))).toMatchObject({
      id: 'w-1',
      'x-added': '2026-12-01T10:00:00.000Z',
    });
    expect(readPack(text).articles).toEqual(articles);
  });
});

describe('streaming a pack', () => {
  const streamOf = (chunks: Iterable<Uint8Array>) => {
    const iterator = chunks[Symbol.iterator]();
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
    });
  };

  it('decodes UTF-8 split inside a character and hands articles over in batches with progress', async () => {
    const bytes = new TextEncoder().encode(
      writePack(Array.from({ length: 25 }, (_, i) => article(`s-${i}`, { title: `Über “${i}” 会談` }))),
    );
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const batches: number[] = [];
    const ids: string[] = [];
    let progress = 0;
    const summary = await readPackStream(streamOf(chunks), {
      batchSize: 10,
      onBatch: (batch) => {
        batches.push(batch.length);
        ids.push(...batch.map((a) => a.id));
        expect(batch.every((a) => a.title.startsWith('Über “'))).toBe(true);
      },
      onProgress: (read) => (progress = read),
    });
    expect(batches).toEqual([10, 10, 5]);
    expect(ids).toHaveLength(25);
    expect(progress).toBe(bytes.length);
    expect(summary.accepted).toBe(25);
  });

  it('reads a 200 MB pack with memory bounded by a batch, not by the file', async () => {
    const body = 'The council approved the budget after a long debate about parks and roads. '.repeat(270);
    const encoder = new TextEncoder();
    const target = 200 * 1024 * 1024;
    let produced = 0;
    let index = 0;
    function* lines() {
      while (produced < target) {
        const chunk = encoder.encode(
          Array.from({ length: 50 }, () => packLine(article(`big-${index++}`, { text: body }))).join('\n') +
            '\n',
        );
        produced += chunk.length;
        yield chunk;
      }
    }
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    const summary = await readPackStream(streamOf(lines()), {
      onBatch: (batch) => {
        count += batch.length;
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      },
    });
    expect(produced).toBeGreaterThanOrEqual(target);
    expect(summary.accepted).toBe(count);
    expect(count).toBe(index);
    expect(peak, `heap grew by ${Math.round(peak / 1e6)} MB`).toBeLessThan(100 * 1024 * 1024);
  }, 60_000);
});
