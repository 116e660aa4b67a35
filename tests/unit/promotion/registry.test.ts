// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPromotions } from '../../../lib/promotion/detect.ts';
import { measureArticle } from '../../../lib/promotion/features.ts';
import { MODEL } from '../../../lib/promotion/model.ts';
import { SIGNALS } from '../../../lib/promotion/signals/index.ts';
import type { Signal } from '../../../lib/promotion/types.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { parseHtml } from './parse-html.ts';

// Vitest runs from the repository root (import.meta.url is not a file URL under happy-dom).
const SIGNAL_DIR = join(process.cwd(), 'lib/promotion/signals');
const signalFiles = readdirSync(SIGNAL_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const fixtures = loadFixtures(parseHtml);

function isSignal(value: unknown): value is Signal {
  return typeof value === 'object' && value !== null && 'id' in value && 'measure' in value;
}

describe('signal registry', () => {
  it.each(signalFiles)('%s exports a signal that is registered', async (file) => {
    const module = (await import(pathToFileURL(join(SIGNAL_DIR, file)).href)) as Record<string, unknown>;
    const signals = Object.values(module).filter(isSignal);
    expect(signals.length).toBeGreaterThan(0);
    for (const signal of signals) expect(SIGNALS).toContain(signal);
  });

  it('has one file per signal, unique ids, and a fitted weight for each', () => {
    const ids = SIGNALS.map((signal) => signal.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(signalFiles.length);
    for (const id of ids) expect(MODEL.weights[id]).toEqual(expect.any(Number));
  });

  it.each(SIGNALS.map((signal) => [signal.id, signal] as const))(
    '%s fires on at least one fixture',
    (id, signal) => {
      const fires = fixtures.some(({ article, pageCards }) => {
        const measured = measureArticle(article)
          .flat()
          .some((sentence) => signal.measure(sentence.context) > 0);
        return measured || pageCards.some((card) => card.signals.includes(id));
      });
      expect(fires).toBe(true);
    },
  );

  it.each(SIGNALS.filter((signal) => (MODEL.weights[signal.id] ?? 0) > 0).map((signal) => signal.id))(
    '%s (a positive cue) is named in a promotion reported on a fixture',
    (id) => {
      const named = fixtures.some(({ article, pageCards }) =>
        detectPromotions(article, { pageCards }).some((promotion) => promotion.signals.includes(id)),
      );
      expect(named).toBe(true);
    },
  );
});
