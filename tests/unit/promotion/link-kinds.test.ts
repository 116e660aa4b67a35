import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../lib/promotion/cards/link-kinds.ts';

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
});
