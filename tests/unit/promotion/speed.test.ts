import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detectPromotions } from '../../../lib/promotion/detect.ts';
import { readFixture } from '../../fixtures/promotions/load.ts';

const seed = readFixture('labelled-sponsored-power-station.txt');

describe('speed', () => {
  it('judges a long article in well under the budget of a page script', () => {
    // About 2,500 words: the fixture's paragraphs repeated.
    const [title = '', ...body] = seed.split('\n');
    const article = articleFromText([title, ...Array.from({ length: 12 }, () => body).flat()].join('\n'));
    detectPromotions(article); // warm-up: regular expressions compile on first use
    const started = performance.now();
    const runs = 5;
    for (let run = 0; run < runs; run++) detectPromotions(article);
    const perRun = (performance.now() - started) / runs;
    expect(perRun).toBeLessThan(50);
  });
});
