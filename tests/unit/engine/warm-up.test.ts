// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze.ts';
import { warmUpArticle } from '../../../lib/analysis/warm-up-article.ts';
import { bundledIndexJson } from '../../../lib/corpus/bundled.ts';
import { loadCorpus } from '../../../lib/corpus/corpus.ts';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { findSponsoredCards } from '../../../lib/promotion/detect.ts';
import { warmEngine } from '../../../utils/warm-engine.ts';
import { parseHtml } from '../promotion/parse-html.ts';

// The Firefox background page runs the engine on a small article of the corpus's own while the page
// agent extracts (utils/warm-engine.ts): the warm-up must run the engine's whole path, change no reader's
// report, and give way as soon as the reader's article arrives.
const index = bundledIndexJson();
const freshCorpus = () => loadCorpus(index);

describe('the warm-up article', () => {
  const article = warmUpArticle(index);

  it('takes a few opening sentences from several reference articles', () => {
    expect(article.blocks).toHaveLength(6);
    const docTexts = index.docs.slice(0, 3).map((doc) => doc.first);
    expect(article.blocks[0]?.text).toBe(index.sentences[docTexts[0]!]!.text);
    expect(article.blocks[2]?.text).toBe(index.sentences[docTexts[1]!]!.text);
    expect(article.wordCount).toBeGreaterThan(30);
  });

  it('runs the comparison to its end: a story, corroborated claims', () => {
    const report = analyze(article, { corpus: freshCorpus() });
    expect(report.story).not.toBeNull();
    expect(report.claims.filter((claim) => claim.status === 'corroborated').length).toBeGreaterThan(2);
  });
});

describe('a warmed engine', () => {
  const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
  const pages = readdirSync(PAGES)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const doc = parseHtml(readFileSync(join(PAGES, file), 'utf8'));
      const extracted = extractArticle(doc, { force: true });
      return extracted.ok ? [{ file, article: extracted.article, pageCards: findSponsoredCards(doc) }] : [];
    });

  it.each(pages.map((page) => [page.file, page] as const))(
    'gives %s the report a cold one gives',
    async (_file, { article, pageCards }) => {
      const cold = analyze(article, { corpus: freshCorpus(), pageCards });
      const warmed = freshCorpus();
      const ran = await warmEngine(Promise.resolve(warmed), () => true);
      expect(ran).toBeGreaterThan(0);
      expect(analyze(article, { corpus: warmed, pageCards })).toEqual(cold);
    },
  );
});

describe('warmEngine', () => {
  it('runs nothing once the reader article has arrived', async () => {
    let asked = 0;
    const ran = await warmEngine(Promise.resolve(freshCorpus()), () => (asked++, false));
    expect(ran).toBe(0);
    expect(asked).toBe(1);
  });

  it('stops between its steps when the article arrives during the first', async () => {
    let asked = 0;
    const ran = await warmEngine(Promise.resolve(freshCorpus()), () => asked++ === 0);
    expect(asked).toBe(2);
    expect(ran).toBeGreaterThan(0);
  });
});
