import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feedMessage, MAX_FEED_ITEMS, parseFeed, type FeedResult } from '../../../lib/sources/feeds';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const NOW = Date.parse('2022-01-10T00:00:00Z');

function items(result: FeedResult) {
  if (!result.ok) throw new Error(`expected a feed, got ${result.problem}: ${result.message}`);
  return result.feed.items;
}

describe('RSS 2.0', () => {
  const result = parseFeed(fixture('rss2.xml'), { url: 'https://news.example.org/rss.xml', now: NOW });

  it('reads the channel and keeps only items with an http(s) address', () => {
    expect(result.ok && result.feed.format).toBe('rss');
    expect(result.ok && result.feed.title).toBe('Example World News');
    expect(items(result).map((i) => i.url)).toEqual([
      'https://news.example.org/world/kazakhstan-unrest',
      'https://news.example.org/business/oil-prices',
      'https://news.example.org/world/relative-story',
    ]);
  });

  it('reads CDATA titles, escaped HTML summaries as text, and RFC 822 dates', () => {
    const [first] = items(result);
    expect(first).toEqual({
      id: 'story-1001',
      url: 'https://news.example.org/world/kazakhstan-unrest',
      title: 'Kazakhstan: 18 security officers killed in unrest',
      summary: 'Police say about 750 officers were injured & dozens detained.',
      publishedAt: '2022-01-06T10:00:00.000Z',
    });
  });

  it('takes a permalink guid as the address, content:encoded as summary without scripts, dc:date as date', () => {
    const second = items(result)[1]!;
    expect(second.title).toBe('Markets & oil: prices rise 3% — “a shock”');
    expect(second.summary).toBe('Oil rose 3% on Thursday.');
    expect(second.publishedAt).toBe('2022-01-06T09:30:00.000Z');
  });

  it('resolves a relative link against the feed address and leaves a missing date null', () => {
    const third = items(result)[2]!;
    expect(third.publishedAt).toBeNull();
    expect(third.summary).toBe('');
  });
});

describe('Atom', () => {
  const result = parseFeed(fixture('atom.xml'), { url: 'https://atom.example.com/feed.atom', now: NOW });

  it('resolves links against xml:base, on the feed and on an entry', () => {
    expect(items(result).map((i) => i.url)).toEqual([
      'https://atom.example.com/news/2022/01/almaty',
      'https://other.example.com/base/relative/page.html',
    ]);
  });

  it('reads html and xhtml text constructs as text, and plain text as written', () => {
    const [first, second] = items(result);
    expect(first!.title).toBe('Almaty: dozens of attackers "eliminated"');
    expect(first!.summary).toBe('Security officials reported dozens of attackers killed.');
    expect(first!.publishedAt).toBe('2022-01-06T03:15:00.000Z');
    expect(second!.title).toBe('Plain text title with <tags> shown as written');
    expect(second!.publishedAt).toBeNull();
    expect(second!.summary).toBe('Some content text.');
  });
});

describe('RSS 1.0 and JSON Feed', () => {
  it('reads RDF items beside the channel', () => {
    const result = parseFeed(fixture('rdf.xml'), { url: 'https://rdf.example.net/rss', now: NOW });
    expect(result.ok && result.feed.format).toBe('rdf');
    expect(items(result)).toEqual([
      { id: 'https://rdf.example.net/story/1', url: 'https://rdf.example.net/story/1', title: 'First RDF story', summary: 'Short summary.', publishedAt: '2022-01-05T08:00:00.000Z' },
    ]);
  });

  it('reads JSON Feed 1.1, resolving relative addresses and dropping items of the wrong shape', () => {
    const result = parseFeed(fixture('feed.json'), { url: 'https://json.example.org/feed.json', now: NOW });
    expect(result.ok && result.feed.format).toBe('json');
    expect(items(result)).toEqual([
      { id: '1', url: 'https://json.example.org/a', title: 'Protests spread', summary: 'Protests spread to 5 cities.', publishedAt: '2022-01-06T10:00:00.000Z' },
      { id: '2', url: 'https://json.example.org/b', title: 'Relative', summary: 'A summary wins over content.', publishedAt: null },
      { id: '3', url: 'https://elsewhere.example.com/c', title: 'External only', summary: 'Text <not a tag>', publishedAt: null },
    ]);
  });
});

describe('namespaces', () => {
  it.each([
    ['a default namespace on RSS', '<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><item><title>T</title><link>https://x.example/1</link></item></channel></rss>'],
    ['a prefixed Atom root', '<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:title>T</a:title><a:link href="https://x.example/1"/></a:entry></a:feed>'],
    ['an undeclared dc prefix', '<rss><channel><item><title>T</title><link>https://x.example/1</link><dc:date>2022-01-05T00:00:00Z</dc:date></item></channel></rss>'],
  ])('reads %s', (_name, text) => {
    const [item] = items(parseFeed(text, { url: null, now: NOW }));
    expect(item).toMatchObject({ title: 'T', url: 'https://x.example/1' });
  });
});

describe('what is not a feed gets a reason in words', () => {
  it.each([
    ['web-page.html', 'html', feedMessage('html')],
    ['login-page.html', 'login', feedMessage('login')],
  ])('%s -> %s', (name, kind, message) => {
    const result = parseFeed(fixture(name), { url: 'https://news.example.org/feed', now: NOW });
    expect(result).toEqual({ ok: false, problem: kind, message });
  });

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['{"not": "a feed"}', 'not-feed'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', 'malformed'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', 'not-feed'],
    ['just some words', 'malformed'],
  ])('%j -> %s', (text, kind) => {
    const result = parseFeed(text, { url: null, now: NOW });
    expect(result.ok ? 'ok' : result.problem).toBe(kind);
  });
});

describe('broken and hostile XML', () => {
  it('repairs unclosed elements and keeps every item, marking the feed not well formed', () => {
    const result = parseFeed(fixture('broken.xml'), { url: 'https://broken.example.org/rss', now: NOW });
    expect(result.ok && result.wellFormed).toBe(false);
    expect(items(result).map((i) => i.url)).toEqual(['https://broken.example.org/1', 'https://broken.example.org/2', 'https://broken.example.org/3']);
    expect(items(result)[1]!.title).toContain('a bare ampersand');
  });

  it('leaves a billion-laughs bomb inert: declared entities are never expanded, external ones never read', () => {
    const started = performance.now();
    const result = parseFeed(fixture('billion-laughs.xml'), { url: 'https://bomb.example.org/rss', now: NOW });
    expect(performance.now() - started).toBeLessThan(200);
    const [item] = items(result);
    expect(item!.title).toBe('Bomb &lol9; and &xxe;');
    expect(item!.summary).toBe('&lol9;');
    expect(result.ok && result.feed.title).toBe('&lol9;');
  });

  it('reads a 10 MB feed in linear time and caps the items kept', () => {
    const item = (k: number) => `<item><title>Story ${k} &amp; more</title><link>https://big.example.org/${k}</link><description>${'word '.repeat(150)}</description></item>`;
    const parts = ['<rss version="2.0"><channel><title>Big</title>'];
    let size = 0;
    for (let k = 0; size < 10 * 1024 * 1024; k++) {
      parts.push(item(k));
      size += parts[parts.length - 1]!.length;
    }
    parts.push('</channel></rss>');
    const text = parts.join('');
    const started = performance.now();
    const result = parseFeed(text, { url: 'https://big.example.org/rss', now: NOW });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(items(result)).toHaveLength(MAX_FEED_ITEMS);
    expect(items(result)[0]!.title).toBe('Story 0 & more');
  });

  it.each([
    ['unterminated comments', '<rss><channel>' + '<!-- x'.repeat(50_000)],
    ['unterminated doctypes', '<!DOCTYPE x ['.repeat(50_000)],
    ['lone angle brackets', '<rss>' + '< '.repeat(200_000)],
    ['deep nesting', '<rss><channel>' + '<a>'.repeat(100_000) + '</channel></rss>'],
    ['endless attributes', '<rss a="1"' + ' b="2"'.repeat(100_000)],
  ])('stays fast and safe on %s', (_name, text) => {
    const started = performance.now();
    const result = parseFeed(text, { url: null, now: NOW });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(typeof result.ok).toBe('boolean');
  });

  it('decodes numeric references but replaces lone surrogates and out-of-range code points', () => {
    const text = '<rss><channel><item><title>A&#x1F600;B&#xD800;C&#1114112;D&#169;</title><link>https://x.example/1</link></item></channel></rss>';
    expect(items(parseFeed(text, { url: null, now: NOW }))[0]!.title).toBe('A😀B\uFFFDC\uFFFDD©');
  });

  it('drops dates in the far future or before 1990', () => {
    const feed = (date: string) => `<rss><channel><item><title>t</title><link>https://x.example/1</link><pubDate>${date}</pubDate></item></channel></rss>`;
    expect(items(parseFeed(feed('Thu, 01 Jan 1970 00:00:00 GMT'), { url: null, now: NOW }))[0]!.publishedAt).toBeNull();
    expect(items(parseFeed(feed('2099-01-01T00:00:00Z'), { url: null, now: NOW }))[0]!.publishedAt).toBeNull();
    expect(items(parseFeed(feed('Wed, 05 Jan 2022 23:00:00 -0500'), { url: null, now: NOW }))[0]!.publishedAt).toBe('2022-01-06T04:00:00.000Z');
  });
});
