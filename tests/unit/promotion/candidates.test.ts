// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFERRED_SIGNALS } from '../../../lib/promotion/candidates.ts';
import { SIGNAL_IDS, sentenceContexts } from '../../../lib/promotion/features.ts';
import { judgeArticle, judgeCandidates } from '../../../lib/promotion/judge.ts';
import { MODEL, type PromotionModel } from '../../../lib/promotion/model.ts';
import { choosePassages } from '../../../lib/promotion/passages.ts';
import { ceilingModel, logOddsCeiling, quadraticMaximum } from '../../../lib/promotion/score-ceiling.ts';
import wording from '../../../lib/promotion/data/ad-wording.json';
import lists from '../../../lib/promotion/data/lexicon.json';
import register from '../../../lib/promotion/data/register-words.json';
import { adWording } from '../../../lib/promotion/signals/ad-wording.ts';
import { copywritingRegister } from '../../../lib/promotion/signals/copywriting-register.ts';
import { registerStrength } from '../../../lib/promotion/text/register.ts';
import { wordingStrength } from '../../../lib/promotion/text/wording.ts';
import { compileList, hasTopLevelAlternative } from '../../../lib/promotion/text/patterns.ts';
import { contentWordsOf, distinctContentWordsOf } from '../../../lib/promotion/text/words.ts';
import { hookQuestion } from '../../../lib/promotion/signals/hook-question.ts';
import { SIGNALS } from '../../../lib/promotion/signals/index.ts';
import type { SentenceContext } from '../../../lib/promotion/types.ts';
import { loadFixtures } from '../../fixtures/promotions/load.ts';
import { loadNativePlugPages } from '../../fixtures/promotions/native-plugs/load.ts';
import { parseHtml } from './parse-html.ts';

const articles = [
  ...loadFixtures(parseHtml).map(({ article }) => article),
  ...loadNativePlugPages().map((page) => page.article),
];

/** The model's log-odds, term by term. */
function logOdds(model: PromotionModel, values: readonly number[]): number {
  let z = model.bias;
  SIGNAL_IDS.forEach((id, index) => (z += (model.weights[id] ?? 0) * (values[index] ?? 0)));
  for (const [key, weight] of Object.entries(model.interactions ?? {})) {
    const [first, second] = key.split('*').map((id) => SIGNAL_IDS.indexOf(id));
    z += weight * (values[first ?? -1] ?? 0) * (values[second ?? -1] ?? 0);
  }
  return z;
}

// Spread evenly (fc.double picks among representable numbers: mostly tiny ones).
const between = (min: number, max: number) =>
  fc.integer({ min: 0, max: 10_000 }).map((step) => min + ((max - min) * step) / 10_000);
const unit = between(0, 1);

describe('the score ceiling', () => {
  it('the maximum of a quadratic on [0, top] is never below any of its values there', () => {
    fc.assert(
      fc.property(between(-10, 10), between(-10, 10), unit, unit, (a, b, top, share) => {
        const v = top * share;
        expect(quadraticMaximum(a, b, top)).toBeGreaterThanOrEqual(a * v + b * v * v - 1e-9);
      }),
      { numRuns: 5000 },
    );
  });

  it('bounds the log-odds of every value vector under the ceilings, with the shipped and random models', () => {
    const ids = fc.subarray([...SIGNAL_IDS]);
    const randomModel = fc.record({
      bias: between(-8, 2),
      weights: fc.constant(null),
      interactions: fc.constant(null),
      seed: fc.array(between(-5, 5), { minLength: 80, maxLength: 80 }),
    });
    fc.assert(
      fc.property(
        ids,
        fc.array(unit, { minLength: SIGNAL_IDS.length, maxLength: SIGNAL_IDS.length }),
        fc.array(unit, { minLength: SIGNAL_IDS.length, maxLength: SIGNAL_IDS.length }),
        fc.option(randomModel),
        (unknown, ceilings, shares, random) => {
          let model: PromotionModel = MODEL;
          if (random) {
            const keys = Object.keys(MODEL.interactions ?? {});
            model = {
              ...MODEL,
              bias: random.bias,
              weights: Object.fromEntries(SIGNAL_IDS.map((id, index) => [id, random.seed[index] ?? 0])),
              interactions: Object.fromEntries(keys.map((key, index) => [key, random.seed[40 + index] ?? 0])),
            };
          }
          const unknownIds = new Set(unknown);
          const truth = SIGNAL_IDS.map((id, index) =>
            unknownIds.has(id) ? (ceilings[index] ?? 0) * (shares[index] ?? 0) : (shares[index] ?? 0),
          );
          const known = SIGNAL_IDS.map((id, index) =>
            unknownIds.has(id) ? (ceilings[index] ?? 0) : (truth[index] ?? 0),
          );
          const bound = logOddsCeiling(ceilingModel(model, SIGNAL_IDS, unknownIds), known);
          expect(bound).toBeGreaterThanOrEqual(logOdds(model, truth) - 1e-9);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is exact when nothing is unknown', () => {
    const values = SIGNAL_IDS.map((_, index) => (index % 3) / 2);
    expect(logOddsCeiling(ceilingModel(MODEL, SIGNAL_IDS, new Set()), values)).toBeCloseTo(
      logOdds(MODEL, values),
      9,
    );
  });
});

describe('candidate blocks', () => {
  it('a signal never measures above its ceiling', () => {
    const withCeiling = SIGNALS.filter((signal) => signal.ceiling);
    expect(withCeiling.length).toBeGreaterThan(0);
    for (const article of articles)
      for (const context of sentenceContexts(article).flat())
        for (const signal of withCeiling)
          expect(signal.ceiling!(context)).toBeGreaterThanOrEqual(signal.measure(context));
  });

  it('defers only signals that exist', () => {
    for (const id of DEFERRED_SIGNALS) expect(SIGNAL_IDS).toContain(id);
  });

  it('reports what the full reading reports, and leaves empty only blocks without a sentence at the threshold', () => {
    let skipped = 0;
    for (const article of articles) {
      const full = judgeArticle(article, MODEL);
      const candidates = judgeCandidates(article, MODEL);
      expect(choosePassages(article, candidates, MODEL)).toEqual(choosePassages(article, full, MODEL));
      full.forEach((sentences, block) => {
        const kept = candidates[block] ?? [];
        if (kept.length === 0) {
          if (sentences.length > 0) skipped++;
          for (const { score } of sentences) expect(score).toBeLessThan(MODEL.threshold);
        } else
          expect(kept.map(({ score, sentence }) => [score, sentence.values])).toEqual(
            sentences.map(({ score, sentence }) => [score, sentence.values]),
          );
      });
    }
    // The pre-check does prove most blocks empty.
    expect(skipped).toBeGreaterThan(100);
  });
});

describe('shortcuts of the signals', () => {
  it('every hook-question pattern ends with the question mark that closes the text', () => {
    for (const entry of lists.hookQuestion) {
      expect(entry.endsWith('\\?$')).toBe(true);
      expect(hasTopLevelAlternative(entry)).toBe(false);
    }
    expect(hookQuestion.measure({ ownWords: 'Looking for a new phone this winter' } as SentenceContext)).toBe(
      0,
    );
    expect(
      hookQuestion.measure({ ownWords: 'Looking for a new phone this winter?' } as SentenceContext),
    ).toBe(1);
  });

  it('a list shares the word boundary its entries open with, and finds what its entries find', () => {
    expect(hasTopLevelAlternative('a|b')).toBe(true);
    expect(hasTopLevelAlternative('(?:a|b) [|] [\\]|] c\\|')).toBe(false);
    // In JavaScript "[]" is an empty class: the bar after it is at the top level.
    expect(hasTopLevelAlternative('[]|]')).toBe(true);
    expect(hasTopLevelAlternative('[]]|b')).toBe(true);
    const texts = [
      ...articles.flatMap((article) => article.blocks.map((block) => block.text)),
      'Use code SAVE20 at checkout: 20% off, only $5, our partners at $9, Promo codes',
    ];
    const bounded = (entries: string[]) => entries.map((entry) => `\\b${entry}\\b`);
    for (const [entries, flags] of [
      [lists.offers, 'g'],
      [lists.couponCodes, 'gu'],
      [lists.closingPlug, 'g'],
      [bounded(lists.benefit), 'g'],
      [bounded(lists.adviceVerbs), 'g'],
      [['\\ba|\\bb', '\\bc', 'd', '\\bab'], 'g'],
    ] as const) {
      const plain = new RegExp(`(?:${entries.join('|')})`, flags);
      const compiled = compileList(entries, flags);
      for (const text of [...texts, ...texts.map((text) => text.toLowerCase())])
        expect(text.match(compiled)).toEqual(text.match(plain));
    }
    expect(compileList(['\\ba|\\bb', '\\bc', '\\bd'], 'g').source).toBe('(?:\\ba|\\bb|\\b(?:c|d))');
  });
});

describe('distinct content words', () => {
  it('are the content words without repeats, in the order they first appear', () => {
    const texts = [
      ...articles.flatMap((article) => article.blocks.map((block) => block.text)),
      'Talks, talks and more TALK: the parties’ talks stalled; ponies, pony, glass, glasses, it’s its',
    ];
    for (const text of texts)
      expect(distinctContentWordsOf(text)).toEqual([...new Set(contentWordsOf(text))]);
  });
});

describe('the shipped word tables read together', () => {
  it('give the copywriting register and the ad wording their own functions’ values, to the last bit', () => {
    const texts = [
      ...articles.flatMap((article) =>
        sentenceContexts(article)
          .flat()
          .map((context) => context.ownWords),
      ),
      'constructor toString __proto__ hasOwnProperty',
    ];
    for (const text of texts) {
      expect(copywritingRegister.measure({ ownWords: text } as SentenceContext)).toBe(
        registerStrength(text, register.words),
      );
      expect(adWording.measure({ ownWords: text } as SentenceContext)).toBe(wordingStrength(text, wording));
    }
  });
});
