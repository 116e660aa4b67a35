import { describe, expect, it } from 'vitest';
import { isFurnitureLine, isTailMarker, tableRowText } from '../../../lib/corpus/furniture.ts';
import { isClaimSentence } from '../../../lib/text/claims.ts';
import { quantitiesOf, sameQuantity } from '../../../lib/text/numbers.ts';
import { quotesOf } from '../../../lib/text/quotes.ts';
import { sentenceTerms } from '../../../lib/text/sentence-terms.ts';
import { termOf } from '../../../lib/text/terms.ts';
import { tokenize } from '../../../lib/text/tokens.ts';

const terms = (text: string) => sentenceTerms(text).sequence;

describe('terms', () => {
  it('folds spellings, demonyms and inflections onto one term', () => {
    expect(terms('Zelenskyy')).toEqual(terms('Zelensky'));
    expect(terms('Zelenskiy')).toEqual(terms('Zelensky'));
    expect(terms('American troops')).toEqual(terms('U.S. soldiers'));
    expect(terms('died')).toEqual(terms('killed'));
    expect(terms('negotiations')).toEqual(terms('negotiation'));
    expect(terms('Ukraine’s')).toEqual(terms('Ukraine'));
    expect(terms('guarantee')).toEqual(terms('guarantees'));
    // Synonyms written for one story are gone: "forces" is as often "market forces" as troops.
    expect(terms('forces')).not.toEqual(terms('troops'));
  });

  it('tells the country from the pronoun', () => {
    const [us] = tokenize('US');
    const [pronoun] = tokenize('us');
    expect(termOf(us!)).toBe('usa');
    expect(termOf(pronoun!)).toBeNull();
  });

  it('splits clauses at commas and conjunctions', () => {
    const info = sentenceTerms(
      'Trump spoke with Putin, and the Kremlin confirmed the call while Kyiv waited.',
    );
    expect(info.clauseStarts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('figures', () => {
  it('reads money, percentages, durations, years and dates', () => {
    const kinds = (text: string) => quantitiesOf(text).map((q) => [q.kind, q.value]);
    expect(kinds('up to $90 billion in weapons')).toEqual([['money', 90e9]]);
    expect(kinds('a rise of 3.5 percent')).toEqual([['percent', 3.5]]);
    expect(kinds('the call lasted 90 minutes')).toEqual([['duration', 90 / 1440]]);
    expect(kinds('since February 2022')).toEqual([['date', '2022-02']]);
    expect(kinds('its pre-2014 borders')).toEqual([['year', 2014]]);
  });

  it('compares years exactly and rounded figures loosely', () => {
    const [a] = quantitiesOf('in 2021');
    const [b] = quantitiesOf('in 2022');
    expect(sameQuantity(a!, b!)).toBe(false);
    const [c] = quantitiesOf('$1.2 billion');
    const [d] = quantitiesOf('$1.21 billion');
    expect(sameQuantity(c!, d!)).toBe(true);
  });
});

describe('quotes and claims', () => {
  it('finds quotations of a few words', () => {
    expect(quotesOf('He said “we all share a strong desire” and left.').map((q) => q.text)).toEqual([
      'we all share a strong desire',
    ]);
    expect(quotesOf('He rated it “a 10”.')).toEqual([]);
  });

  it('keeps headings, questions and fragments out of the claims', () => {
    expect(isClaimSentence('Europe Rallies Behind Ukraine')).toBe(false);
    expect(isClaimSentence('What does Ukraine face in the upcoming negotiations?')).toBe(false);
    expect(isClaimSentence('Trump spoke with Putin for 90 minutes on Wednesday.')).toBe(true);
  });
});

describe('furniture', () => {
  it('recognises site furniture lines', () => {
    expect(isFurnitureLine('Getting your Trinity Audio player ready...')).toBe(true);
    expect(isFurnitureLine('SHARE THIS ARTICLE:')).toBe(true);
    expect(isFurnitureLine('News sources:')).toBe(true);
    expect(
      isFurnitureLine('forbesFORBES lemondeLEMONDE channelnewsasiaCHANNELNEWSASIA huffpostHUFFPOST bbcBBC'),
    ).toBe(true);
    expect(isFurnitureLine('Trump spoke with Putin for 90 minutes on Wednesday.')).toBe(false);
    expect(isTailMarker('LATEST POSTS')).toBe(true);
  });

  it('reduces table rows to their sentences', () => {
    expect(tableRowText('1 | President Trump announced the start of peace talks. |')).toBe(
      'President Trump announced the start of peace talks.',
    );
    expect(tableRowText('2) The Stakes for Ukraine |')).toBe('');
  });
});

describe('speakers', () => {
  it('are the names next to a reporting verb, outside the quote', () => {
    const info = sentenceTerms('“We expect to meet,” Trump said in Washington on Monday.');
    expect(info.speakers).toEqual(['trump']);
    expect(sentenceTerms('“We expect to meet,” he said in Washington.').speakers).toEqual([]);
    expect(
      sentenceTerms('According to Dmitry Peskov, “the time has come for cooperation.”').speakers,
    ).toEqual(['dmitri', 'peskov']);
  });
});
