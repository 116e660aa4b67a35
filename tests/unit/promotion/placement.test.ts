import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { detectPromotions } from '../../../lib/promotion/detect.ts';
import { CUE_IDS, measureArticle, SIGNAL_IDS } from '../../../lib/promotion/features.ts';
import { interactionKey, MODEL, probability, type PromotionModel } from '../../../lib/promotion/model.ts';
import { splitGlued } from '../../../lib/promotion/text/glued-sentences.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';

/** Each judged sentence of a page with the value of one feature. */
function valuesOf(id: string, text: string): { text: string; value: number }[] {
  return measureArticle(articleFromText(text))
    .flat()
    .map((sentence) => ({
      text: sentence.context.sentence.text,
      value: sentence.values[SIGNAL_IDS.indexOf(id)] ?? 0,
    }));
}

const PAGE = [
  'Council sets budget',
  'The council approved the budget on Thursday. It raises property tax by 1.9%. Opposition members voted against.',
  'The budget takes effect in April.',
].join('\n');

describe('placement features', () => {
  it('mark the first and the last sentence of a paragraph', () => {
    expect(valuesOf('opens-paragraph', PAGE).map(({ value }) => value)).toEqual([1, 0, 0, 1]);
    // A one-sentence paragraph has no sentence closing it after others.
    expect(valuesOf('closes-paragraph', PAGE).map(({ value }) => value)).toEqual([0, 0, 1, 0]);
  });

  it('see a sentence that refers back to what the text named', () => {
    expect(valuesOf('refers-back', PAGE).map(({ value }) => value)).toEqual([0, 1, 0, 0]);
    expect(valuesOf('refers-back', 'A story\nThey provide tailor-made itineraries.')[0]?.value).toBe(1);
    expect(valuesOf('refers-back', 'A story\nTheresa May spoke on Monday.')[0]?.value).toBe(0);
  });

  it('are never named in a report: they have no reason in plain words', () => {
    for (const id of ['opens-paragraph', 'closes-paragraph', 'refers-back'])
      expect(CUE_IDS.has(id)).toBe(false);
    const article = articleFromText(
      'Storm closes schools\nSchools closed on Monday as the storm hit the coast. Families stocked up before it arrived. ' +
        'Stay prepared with the Jackery Explorer 300, a portable power station with 20% off using code STORM20 at checkout.',
    );
    const promotions = detectPromotions(article);
    expect(promotions.length).toBeGreaterThan(0);
    for (const promotion of promotions)
      for (const id of promotion.signals) expect(CUE_IDS.has(id)).toBe(true);
  });
});

describe('model interactions', () => {
  it('add the product of two features to the log-odds', () => {
    const ids = ['a', 'b'];
    const linear: PromotionModel = {
      bias: 0,
      weights: { a: 1, b: 1 },
      threshold: 0.5,
      paragraphThreshold: 0.25,
    };
    const withProduct: PromotionModel = { ...linear, interactions: { [interactionKey('a', 'b')]: 2 } };
    expect(probability(withProduct, ids, [1, 0])).toBeCloseTo(probability(linear, ids, [1, 0]));
    const logOdds = (p: number) => Math.log(p / (1 - p));
    expect(logOdds(probability(withProduct, ids, [1, 1]))).toBeCloseTo(4);
    expect(logOdds(probability(linear, ids, [1, 1]))).toBeCloseTo(2);
  });

  it('are read from the shipped model for known feature ids only', () => {
    for (const key of Object.keys(MODEL.interactions ?? {})) {
      const [first, second] = key.split('*');
      expect(SIGNAL_IDS).toContain(first);
      expect(SIGNAL_IDS).toContain(second);
    }
  });
});

describe('glued sentences', () => {
  it('splits two sentences run together where a full stop was lost', () => {
    const text =
      'The GLS is available in various models and trims, including AMG versions and a Maybach variant The prices for the GLS start at around 90,000 euros for the base model.';
    const parts = splitGlued(splitSentences(text)).map((part) => part.text);
    expect(parts).toEqual([
      'The GLS is available in various models and trims, including AMG versions and a Maybach variant',
      'The prices for the GLS start at around 90,000 euros for the base model.',
    ]);
    const spans = splitGlued(splitSentences(text));
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('leaves names that start with an opener and short parts alone', () => {
    for (const text of [
      'Senator Charles Schumer, a New York Democrat, said as much in an interview with The Hill on Tuesday afternoon.',
      'He told the committee that it was not, in his view, an undisclosed collection program at all, according to The Washington Post.',
      'Readers in the city saw it first The paper said so.',
    ])
      expect(splitGlued(splitSentences(text)).map((part) => part.text)).toEqual([text]);
  });
});
