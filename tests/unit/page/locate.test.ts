// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PassageLocator } from '../../../lib/page/locate.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('PassageLocator', () => {
  it('finds a sentence across nested inline markup and line breaks', () => {
    document.body.innerHTML = `<p>Intro. <em>Ukraine</em> may buy up to
      <a href="#"><strong>$90</strong> billion</a> in weapons, <span>officials</span> said. Outro.</p>`;
    const range = new PassageLocator(document.body).locate(
      'Ukraine may buy up to $90 billion in weapons, officials said.',
    );
    expect(range).not.toBeNull();
    expect(collapse(range!.toString())).toBe('Ukraine may buy up to $90 billion in weapons, officials said.');
  });

  it('prefers the occurrence after the previous passage (a teaser above does not steal the mark)', () => {
    document.body.innerHTML = `<aside><p>Talks resumed.</p></aside><article><p>Lead.</p><p>Talks resumed.</p></article>`;
    const locator = new PassageLocator(document.body);
    locator.locate('Lead.');
    const range = locator.locate('Talks resumed.');
    expect(range?.startContainer.parentElement?.closest('article')).not.toBeNull();
  });

  it('ignores script and style text, and returns null for text that is not there', () => {
    document.body.innerHTML = `<script>var s = "Hidden sentence.";</script><p>Shown sentence.</p>`;
    const locator = new PassageLocator(document.body);
    expect(locator.locate('Hidden sentence.')).toBeNull();
    expect(locator.locate('Shown sentence.')?.toString()).toBe('Shown sentence.');
  });

  it('maps every sentence back to its own text, whatever inline markup splits it (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9$%’'"-]{1,12}$/);
    const tags = fc.constantFrom('em', 'strong', 'a', 'span', 'b', 'i');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.option(tags, { nil: undefined })), { minLength: 1, maxLength: 25 }),
        (parts) => {
          const sentence = parts.map(([w]) => w).join(' ') + '.';
          const html = parts.map(([w, tag]) => (tag ? `<${tag}>${w}</${tag}>` : w)).join(' \n ');
          document.body.innerHTML = `<p>Before.</p><p>${html}.</p>`;
          const range = new PassageLocator(document.body).locate(sentence);
          expect(range).not.toBeNull();
          expect(collapse(range!.toString())).toBe(sentence);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('PassageLocator on text the article lacks', () => {
  it('skips text Readability drops as hidden inside a sentence', () => {
    document.body.innerHTML = `<p>The city has 3 million people<sup style="display:none">[update]</sup> and grows.</p>`;
    const range = new PassageLocator(document.body).locate('The city has 3 million people and grows.');
    expect(range).not.toBeNull();
    expect(range!.toString()).toContain('The city has 3 million people');
  });

  it('bridges a short interruption, such as a citation mark, but not a long one', () => {
    document.body.innerHTML = `<p>Officials confirmed the meeting[283] on Monday in Brussels.</p><p>Officials confirmed ${'filler text '.repeat(20)} on Tuesday in Paris.</p>`;
    const locator = new PassageLocator(document.body);
    expect(locator.locate('Officials confirmed the meeting on Monday in Brussels.')?.toString()).toBe(
      'Officials confirmed the meeting[283] on Monday in Brussels.',
    );
    expect(new PassageLocator(document.body).locate('Officials confirmed on Tuesday in Paris.')).toBeNull();
  });
});
