import { describe, expect, it } from 'vitest';
import { fromHtml, UnusableInput } from '../../../cli/read-input.ts';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} says the council met on Monday and approved a budget of $${i} million for roads, parks and schools, officials said.</p>`;
const article = (body: string) =>
  `<html><head><title>Big</title></head><body><article><h1>Big page</h1>${body}</article></body></html>`;

describe('huge pages get a clear message, never a hang', () => {
  it('refuses a 10 MB page', () => {
    const html = article(Array.from({ length: 75_000 }, (_, i) => paragraph(i)).join(''));
    expect(html.length).toBeGreaterThan(10_000_000);
    expect(() => fromHtml(html, null, { force: false })).toThrow(/too large to analyse/);
  }, 60_000);

  it('refuses a page with 100,000 elements', () => {
    const html = article(
      Array.from({ length: 30 }, (_, i) => paragraph(i)).join('') + '<span>x</span>'.repeat(100_000),
    );
    expect(() => fromHtml(html, null, { force: false })).toThrow(UnusableInput);
  }, 60_000);

  it('refuses one giant block of text by its word count', () => {
    const html = article(`<pre>${'word '.repeat(70_000)}</pre>`);
    expect(() => fromHtml(html, null, { force: true })).toThrow(/too large to analyse \(70,00\d words\)/);
  }, 60_000);

  it('still reads a long but real article', () => {
    const html = article(Array.from({ length: 400 }, (_, i) => paragraph(i)).join(''));
    expect(fromHtml(html, null, { force: false }).article.blocks.length).toBeGreaterThan(390);
  }, 60_000);
});
