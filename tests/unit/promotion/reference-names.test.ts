import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, loadCorpus } from '../../../lib/corpus/corpus.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { measureArticle, SIGNAL_IDS } from '../../../lib/promotion/features.ts';
import { referenceNamesOf } from '../../../lib/promotion/reference-names.ts';

const reference = (id: string, text: string) => ({
  id,
  title: text.split('\n')[0] ?? '',
  site: null,
  date: null,
  url: null,
  text,
});

const corpus = loadCorpus(
  buildCorpusIndex([
    reference(
      'a',
      'Hospital buys surgical robots\nThe hospital trust has bought four surgical robots from Stryker. The machines will be used for knee replacements, the trust said.',
    ),
    reference(
      'b',
      'Knee surgery waits fall\nWaiting times for knee operations fell by a third last year. Surgeons credited new theatres and robots supplied by Stryker.',
    ),
  ]),
);

const PAGE = `Robot surgery comes to the county hospital
The county hospital carried out its first robot-assisted knee replacement on Monday.
The robots, made by Stryker, cost 1.5 million pounds each and guide surgeons as they cut bone.
The hospital said waiting lists for knee operations should fall over the next year.`;

function productNaming(names?: ReturnType<typeof referenceNamesOf>): number {
  const scored = measureArticle(articleFromText(PAGE), names)
    .flat()
    .find((sentence) => sentence.context.sentence.text.includes('Stryker'));
  return scored?.values[SIGNAL_IDS.indexOf('product-naming')] ?? 0;
}

describe('reference names', () => {
  it('a brand named once on the page is novel without references', () => {
    expect(productNaming()).toBeGreaterThan(0);
  });

  it('a brand the reference articles name is an actor of the news, not a novel product', () => {
    const names = referenceNamesOf(corpus);
    expect(names('Stryker')).toBe(true);
    expect(names('Levoit')).toBe(false);
    expect(productNaming(names)).toBe(0);
  });
});
