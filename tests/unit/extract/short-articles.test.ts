// @vitest-environment happy-dom
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { countWords } from '../../../lib/text/whitespace.ts';

// Wire briefs of 50 to 200 words, written for this test: a headline and two to five short paragraphs.
const BRIEFS: Record<string, string[]> = {
  'a 50-word sport brief': [
    'Harbour City beat Ashcombe 2-1 on Saturday to move top of the league.',
    'Leo Hale headed the winner ten minutes after the break, and goalkeeper Sam Ortiz saved a late penalty in front of 18,400 fans.',
    'Manager Dana Reyes said it was the best performance of the season so far.',
  ],
  'a 55-word business brief': [
    'Dorrington has agreed to buy its rival Pellam Foods for 245 pence a share, valuing the company at £1.24bn.',
    'Pellam’s directors said they would recommend the offer to shareholders, who are expected to vote early next year.',
    'The combined group will cut 420 jobs and close one factory by the end of 2027, Dorrington said on Monday.',
  ],
  'a 110-word disaster brief': [
    'Floodwater forced about 1,340 households from their homes in Bellhaven overnight after the Orrin River burst its banks.',
    'Emergency services said one woman, aged 81, was found dead in her home in Ardley Mill, a village upstream.',
    'The regional minister said early estimates put the damage at $215 million and promised emergency grants for families.',
    'Forecasters said the storm had dropped 182 millimetres of rain on the upper valley in a single day, and warned that more rain was expected on Thursday.',
  ],
  'a 190-word council brief': [
    'Ashgrove town councillors have approved a 214-home estate on the former Hollins brickworks beside Dunmore Road.',
    'Seven councillors voted for the plan and four against at a meeting on Tuesday night attended by about 120 residents.',
    'The developer, Carrow Homes, says 64 of the homes will be affordable and that it will pay £3.1 million towards school places and a new surgery.',
    'Opponents, led by Councillor Rajiv Mendes, said the road beside the site was already at breaking point and handed in a petition signed by 1,862 people.',
    'Mayor Helen Garside said the town needed homes that young families could afford and that the site had been derelict for years.',
    'Detailed plans for the layout of the estate will go to the planning committee on 21 April, the council said in a statement after the vote.',
  ],
};

function page(title: string, paragraphs: string[]): Document {
  const html = `<!doctype html><html lang="en"><head><title>${title} | Vale News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/contact">Contact</a></nav>
<main><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></main>
<footer><a href="/privacy">Privacy</a> © Vale News</footer></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('short articles are articles', () => {
  for (const [name, paragraphs] of Object.entries(BRIEFS)) {
    it(`analyses ${name}`, () => {
      const words = countWords(paragraphs.join(' '));
      expect(words).toBeGreaterThanOrEqual(50);
      expect(words).toBeLessThanOrEqual(200);
      const result = extractArticle(page('Brief', paragraphs));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.article.blocks.map((block) => block.text)).toEqual(paragraphs);
    });
  }

  it('accepts a brief that Readability’s quick check alone would have refused', () => {
    const doc = page('Brief', BRIEFS['a 50-word sport brief']!);
    expect(isProbablyReaderable(doc)).toBe(false);
    expect(extractArticle(doc).ok).toBe(true);
  });
});

describe('pages with no article text are not articles', () => {
  const refused = (html: string) => {
    const result = extractArticle(new DOMParser().parseFromString(html, 'text/html'));
    return !result.ok && result.reason === 'not-an-article';
  };

  it('refuses a search results page (snippets cut off, titles as links)', () => {
    const results = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><a href="/r${i}">Council approves housing estate ${i}</a><p>Ashgrove councillors voted on the plan for homes beside the road and the residents who…</p></li>`,
    ).join('');
    expect(refused(`<html><body><form><input name="q"></form><ol>${results}</ol></body></html>`)).toBe(true);
  });

  it('refuses a login page', () => {
    expect(
      refused(
        `<html><body><h1>Sign in</h1><form><label>Email <input name="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p><a href="/reset">Forgot your password?</a></p></body></html>`,
      ),
    ).toBe(true);
  });

  it('refuses a home page of headlines', () => {
    const teasers = Array.from(
      { length: 10 },
      (_, i) =>
        `<div class="teaser"><h2><a href="/story-${i}">Headline number ${i} about the news today</a></h2><span>2 hours ago</span></div>`,
    ).join('');
    expect(refused(`<html><body><header><a href="/">Vale News</a></header>${teasers}</body></html>`)).toBe(
      true,
    );
  });
});
