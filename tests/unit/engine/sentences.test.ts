import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/text/sentences.ts';

const texts = (text: string) => splitSentences(text).map((span) => span.text);

describe('splitSentences', () => {
  it('keeps abbreviations, titles, months and initials inside the sentence', () => {
    expect(
      texts(
        'Washington, D.C. — U.S. President Donald J. Trump met Mr. Zelensky on Feb. 12 at 9 a.m. in the Oval Office. Talks went on.',
      ),
    ).toEqual([
      'Washington, D.C. — U.S. President Donald J. Trump met Mr. Zelensky on Feb. 12 at 9 a.m. in the Oval Office.',
      'Talks went on.',
    ]);
  });

  it('ends a sentence after a dotted abbreviation when a sentence opener follows', () => {
    expect(texts('He flew to the U.S. The talks began.')).toEqual([
      'He flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('does not split decimals, domains or numbered references', () => {
    expect(texts('Growth was 3.5 percent, Snopes.com said. It was No. 2 in the list.')).toEqual([
      'Growth was 3.5 percent, Snopes.com said.',
      'It was No. 2 in the list.',
    ]);
  });

  it('splits around quotations and keeps attributions with the quote', () => {
    expect(
      texts('“It is time to stop this war!” he said. “We expect to meet.” Trump then left. Is it over?'),
    ).toEqual([
      '“It is time to stop this war!” he said.',
      '“We expect to meet.”',
      'Trump then left.',
      'Is it over?',
    ]);
  });

  it('does not split a list number from its item', () => {
    expect(texts('1. Finland joined NATO.')).toEqual(['1. Finland joined NATO.']);
  });

  it('gives offsets into the block text', () => {
    const text = '  First one.  Second one! ';
    for (const span of splitSentences(text)) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(splitSentences(text)).toHaveLength(2);
  });
});
