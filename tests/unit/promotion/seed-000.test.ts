import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detectPromotions } from '../../../lib/promotion/detect.ts';

// The bundled corpus holds the five seed articles: 000 ends with an injected e-reader advert, the others have none.
const CORPUS = join(fileURLToPath(new URL('.', import.meta.url)), '../../../data/corpus');
const seeds = readdirSync(CORPUS).filter((name) => /^\d{3}_.*\.txt$/.test(name));
const read = (name: string) => articleFromText(readFileSync(join(CORPUS, name), 'utf8'));

describe('seed articles', () => {
  it("finds 000's Related Product Recommendation label and the Kindle paragraph", () => {
    const file = seeds.find((name) => name.startsWith('000_'));
    expect(file).toBeDefined();
    const promotions = detectPromotions(read(file ?? ''));
    expect(promotions.map((promotion) => promotion.text)).toEqual([
      'Related Product Recommendation',
      expect.stringMatching(
        /^For those who want to stay updated .*consider purchasing the Amazon Kindle Paperwhite\..*staying informed\.$/,
      ),
    ]);
    expect(promotions[1]?.signals).toContain('label-heading');
  });

  it.each(seeds.filter((name) => !name.startsWith('000_')))('%s: no promotion', (name) => {
    expect(detectPromotions(read(name))).toEqual([]);
  });
});
