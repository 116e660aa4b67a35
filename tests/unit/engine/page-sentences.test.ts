import { describe, expect, it } from 'vitest';
import { isLeadParagraph, pageSentences } from '../../../lib/analysis/page-sentences.ts';
import { articleFromText } from '../../../lib/extract/article-from-text.ts';

describe('page sentences', () => {
  it('reads a first line of several sentences as the lead paragraph, not a title', () => {
    const lead =
      'The city council approved a new budget on Monday. The plan raises spending on parks by 4 percent.';
    expect(isLeadParagraph(lead)).toBe(true);
    expect(isLeadParagraph('Council approves budget with more money for parks')).toBe(false);
    const article = articleFromText(`${lead}\nThe mayor said the vote was a victory for residents.`);
    expect(pageSentences(article, () => false).map((sentence) => sentence.text)).toEqual([
      'The city council approved a new budget on Monday.',
      'The plan raises spending on parks by 4 percent.',
      'The mayor said the vote was a victory for residents.',
    ]);
  });

  it('reads a lead that is also the first paragraph once', () => {
    const lead =
      'The city council approved a new budget on Monday. The plan raises spending on parks by 4 percent.';
    const article = { ...articleFromText(`${lead}\n${lead}`), title: lead };
    expect(pageSentences(article, () => false)).toHaveLength(2);
  });

  it('leaves a headline out of the claims', () => {
    const article = articleFromText(
      'Council approves budget with more money for parks\nThe mayor said the vote was a victory for residents.',
    );
    expect(pageSentences(article, () => false).map((sentence) => sentence.text)).toEqual([
      'The mayor said the vote was a victory for residents.',
    ]);
  });
});
