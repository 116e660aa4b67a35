import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';
import { measureArticle, SIGNAL_IDS } from '../../../lib/promotion/features.ts';

const REPORTING = [
  'Flooding closed the coast road on Sunday after the river burst its banks, the police said.',
  'Volunteers filled sandbags through the night and several families were moved to the village hall.',
];

/** The product-described strength of `sentence`, placed between two sentences of reporting in the past tense. */
function described(sentence: string, reporting = REPORTING): number {
  const article = articleFromText(`Floods close coast road\n${reporting[0]}\n${sentence}\n${reporting[1]}`);
  const measured = measureArticle(article)
    .flat()
    .find((scored) => scored.context.sentence.text === sentence);
  return measured?.values[SIGNAL_IDS.indexOf('product-described')] ?? 0;
}

describe('product-described', () => {
  it('sees a brand the story never mentions, described by what it does for people', () => {
    expect(
      described('Helpers kept going with Monster Energy, the drink that keeps people alert all night.'),
    ).toBe(1);
    expect(described('A Lifestraw bottle gives families clean water in seconds, wherever they are.')).toBe(1);
    expect(
      described('Residents wrapped up in a Patagonia fleece, which traps warmth without the bulk.'),
    ).toBe(1);
  });

  it('leaves a company that acts in the news, a past-tense description and a plural noun alone', () => {
    expect(
      described('Thames Water, which runs the pumping station, said it was working to restore supply.'),
    ).toBe(0);
    expect(described('Sandbags were delivered by Wickes, which donated 2,000 of them on Saturday.')).toBe(0);
    expect(described('Members of Greenpeace, whose boats were moored nearby, helped with the rescue.')).toBe(
      0,
    );
  });

  it('does not fire on a page that is not reporting (a guide in the present tense)', () => {
    const guide = [
      'Flood kits need water, a torch and copies of your documents.',
      'Keep them somewhere high and check them every year.',
    ];
    expect(described('A Lifestraw bottle gives families clean water in seconds.', guide)).toBe(0);
  });
});
