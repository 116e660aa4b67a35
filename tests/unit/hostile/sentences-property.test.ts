// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassageLocator } from '../../../lib/page/locate.ts';
import { splitSentences } from '../../../lib/text/sentences.ts';

// Words from many scripts and odd characters: RTL, combining marks, zero-width joiners, emoji, abbreviations.
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,10}$/),
  fc.constantFrom(
    'U.S.',
    'D.C.',
    'Mr.',
    'Feb.',
    '3.5',
    '$90',
    '“quoted”',
    'مرحبا',
    'שלום',
    'e\u0301',
    'a\u200bb',
    '👍🏽',
    '🇺🇦',
    '…',
    '?!',
    'x'.repeat(300),
  ),
);
const text = fc
  .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '. ', '! ', '? ', '\n', '  ')), { maxLength: 60 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('sentence splitting on any text (property)', () => {
  it('never throws, and every span is its own text, in order, without overlap', () => {
    fc.assert(
      fc.property(text, (input) => {
        const spans = splitSentences(input);
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(input.slice(span.start, span.end)).toBe(span.text);
          previousEnd = span.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every sentence of a paragraph is found again in the DOM, across inline markup', () => {
    fc.assert(
      fc.property(text, (input) => {
        const html = input
          .split(' ')
          .map((w, i) => (i % 3 === 1 && w ? `<em>${escape(w)}</em>` : escape(w)))
          .join(' ');
        document.body.innerHTML = `<p>${html}</p>`;
        const locator = new PassageLocator(document.body);
        for (const span of splitSentences(input.replace(/\s+/g, ' ').trim())) {
          const range = locator.locate(span.text);
          expect(range).not.toBeNull();
          expect(range!.toString().replace(/[\s\u200b]+/g, '')).toBe(span.text.replace(/[\s\u200b]+/g, ''));
        }
      }),
      { numRuns: 200 },
    );
  });
});

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
