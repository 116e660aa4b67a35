import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyLink, forgetLinks, kindByParsing } from '../../../lib/promotion/cards/link-kinds.ts';

describe('classifyLink', () => {
  it.each([
    ['https://www.amazon.com/dp/B0XYZ?tag=site-20', '', 'affiliate'],
    ['https://amzn.to/3abcd', '', 'affiliate'],
    ['https://www.li.me/pass?utm_source=x&utm_medium=affiliate', '', 'affiliate'],
    ['https://click.linksynergy.com/deeplink?id=1', '', 'affiliate'],
    ['https://go.skimresources.com/?id=1&url=x', '', 'affiliate'],
    ['https://shop.example.com/item', 'sponsored nofollow', 'sponsored'],
  ])('%s (rel %s) is %s', (href, rel, kind) => {
    expect(classifyLink(href, rel)).toBe(kind);
  });

  it.each([
    ['https://www.reuters.com/world/story', ''],
    ['/subscribe', ''],
    ['https://www.amazon.com/dp/B0XYZ', 'nofollow'],
    ['https://news.example.com/?utm_medium=social', ''],
    ['not a url at all', ''],
  ])('%s is an ordinary link', (href, rel) => {
    expect(classifyLink(href, rel)).toBeNull();
  });

  it('answers as the URL parser does for any absolute address (plain ones are not parsed)', () => {
    const hostPart = fc.constantFrom(
      ...[
        'www.',
        'amazon',
        'amzn',
        '.to',
        '.com',
        'a.co',
        'bit.ly',
        'affiliates.',
        'x',
        'AMAZON',
        '.',
        '-',
        '0x7f',
        '1',
      ],
      ...['xn--zz', 'xn--80ak6aa92e', ':8080', '@', '%41', '\t', '\n', ' ', 'é', 'mavely.app', '.invalid'],
    );
    const tail = fc.constantFrom(
      ...[
        '',
        '/',
        '/aff',
        '/aff/x',
        '#',
        '#?tag=1',
        '?tag=x',
        '?utm_medium=affiliate',
        '\\',
        '/../aff',
        '?',
        '/a?b',
      ],
    );
    fc.assert(
      fc.property(
        fc.constantFrom('http://', 'https://', 'HTTPS://', 'https:/', 'https:\\\\'),
        fc.array(hostPart, { minLength: 1, maxLength: 5 }),
        tail,
        (scheme, host, rest) => {
          const href = scheme + host.join('') + rest;
          forgetLinks();
          expect(classifyLink(href, '')).toBe(kindByParsing(href));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
