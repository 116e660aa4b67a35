import { describe, expect, it } from 'vitest';
import { quoted } from '../../../components/quoted.ts';

describe('quoted', () => {
  it('puts a plain sentence in curly quotes', () => {
    expect(quoted('Leaders met on Monday.')).toBe('“Leaders met on Monday.”');
  });

  it.each([
    ['opens with its own quotation', '“Security guarantees come first,” he said.'],
    ['opens with a straight quote', '"We will see," Trump said.'],
    // The reference sentence the popup showed as "…security guarantees.””" (seed-002, issue 13).
    [
      'closes with its own quotation',
      'US Secretary of State Marco Rubio stated, “We need to discuss things like security guarantees.”',
    ],
    ['closes with a straight quote', 'He said: "no deal."'],
    ['closes with guillemets', 'Il a dit « non »'],
  ])('leaves a sentence that %s as it is', (_, text) => {
    expect(quoted(text)).toBe(text);
    expect(quoted(text)).not.toMatch(/(“““|””|““)/);
  });

  it('wraps a sentence whose quotation is inside it, or that ends with an apostrophe', () => {
    expect(quoted('He called it “a formality” twice.')).toBe('“He called it “a formality” twice.”');
    expect(quoted('It was the players’')).toBe('“It was the players’”');
  });
});
