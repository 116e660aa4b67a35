// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPromotions } from '../../../lib/promotion/detect.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { parseHtml } from './parse-html.ts';

const fixtures = loadFixtures(parseHtml);

describe('promotion fixtures', () => {
  it.each(fixtures.map((loaded) => [loaded.fixture.file, loaded] as const))(
    '%s: reports exactly the expected passages',
    (_file, { fixture, article, pageCards }) => {
      const reported = detectPromotions(article, { pageCards }).map((promotion) => promotion.text);
      expect(reported.sort()).toEqual([...fixture.expect].sort());
    },
  );

  it('covers every form of the issue and never-flag pages', () => {
    const forms = new Set(fixtures.map(({ fixture }) => fixture.form));
    for (const form of [
      'promotional-paragraph-labelled',
      'promotional-paragraph-unlabelled',
      'promotional-sentence-in-factual-paragraph',
      'sponsored-card',
      'affiliate-link',
      'closing-plug',
      'native-plug',
      'never-flag',
    ]) {
      expect(forms).toContain(form);
    }
  });

  it('reports passages as they stand in the page, with signals and a score in (0, 1]', () => {
    for (const { article, pageCards } of fixtures) {
      const pageText = [...article.blocks.map((block) => block.text), ...pageCards.map((card) => card.text)];
      for (const promotion of detectPromotions(article, { pageCards })) {
        expect(pageText.some((text) => text.includes(promotion.text))).toBe(true);
        expect(promotion.signals.length).toBeGreaterThan(0);
        expect(promotion.score).toBeGreaterThan(0);
        expect(promotion.score).toBeLessThanOrEqual(1);
      }
    }
  });
});
