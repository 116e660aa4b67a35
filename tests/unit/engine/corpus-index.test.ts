import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../../lib/corpus/bundled.ts';
import { cleanDocument } from '../../../lib/corpus/clean.ts';
import { buildCorpusIndex, loadCorpus, type CorpusIndexJson } from '../../../lib/corpus/corpus.ts';
import { readCorpusDocuments } from '../../../scripts/build/corpus-documents.ts';
import { serializeIndex } from '../../../scripts/build/serialize-index.ts';

const committed = readFileSync(join(import.meta.dirname, '../../../data/corpus-index.json'), 'utf8');

describe('the bundled corpus index', () => {
  it('is up to date with a fresh build (run npm run build:corpus when this fails)', () => {
    expect(serializeIndex(buildCorpusIndex(readCorpusDocuments()))).toBe(committed);
  });

  it('loads, and refuses an index of another version', () => {
    const corpus = bundledCorpus();
    expect(corpus.docs.map((doc) => doc.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    const json = JSON.parse(committed) as CorpusIndexJson;
    expect(() => loadCorpus({ ...json, version: 0 })).toThrow(/version/);
  });

  it('keeps furniture and promotions out of the evidence', () => {
    const texts = bundledCorpus().sentences.map((sentence) => sentence.text);
    const forbidden = [
      'Kindle',
      'Bangladeshi',
      'COP30',
      'LATEST',
      'Trinity Audio',
      'forbesFORBES',
      'SHARE THIS',
      'refer to the original articles',
      'Diplomatic Talks Initiated',
      'share-icon',
    ];
    for (const word of forbidden) expect(texts.filter((text) => text.includes(word))).toEqual([]);
  });

  it('drops a promotion the promotions detector finds, even without a heading announcing it', () => {
    const [doc] = readCorpusDocuments();
    const text = doc!.text.replace('Related Product Recommendation\n', '');
    const { paragraphs } = cleanDocument({ ...doc!, text });
    expect(paragraphs.some((paragraph) => paragraph.includes('Kindle'))).toBe(false);
    expect(paragraphs.some((paragraph) => paragraph.includes('Marco Rubio'))).toBe(true);
  });

  it('keeps the news, including table rows that are sentences', () => {
    const texts = bundledCorpus().sentences.map((sentence) => sentence.text);
    expect(texts).toContain('President Trump announced the start of peace talks between Russia and Ukraine.');
    expect(
      texts.some((text) => text.startsWith('In a significant diplomatic shift, U.S. President Donald Trump')),
    ).toBe(true);
    expect(texts.some((text) => text.includes('up to $90 billion'))).toBe(true);
  });

  it('serves queries from postings: every term of a sentence lists its document', () => {
    const corpus = bundledCorpus();
    for (const sentence of corpus.sentences.slice(0, 20)) {
      for (const term of sentence.termSet) {
        const docs: number[] = [];
        corpus.docPostings.forEach(term, (doc) => docs.push(doc));
        expect(docs).toContain(sentence.doc);
      }
    }
  });
});
