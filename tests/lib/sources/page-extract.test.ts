// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { domParserExtractor, extractFromHtml } from '../../../lib/sources/page-extract';

// happy-dom gives modules an http import.meta.url: find the shared data from the repository root.
const EVENTS = resolve(process.cwd(), '../shared/corpus/events-dev') + '/';

describe('extracting a fetched page with the DOMParser (Firefox\'s background page)', () => {
  it('reads the article, with its outlet and a canonical address resolved against the page', async () => {
    const html = readFileSync(EVENTS + 'hurricane-ian-deaths-2022/bbc-news.html', 'utf8');
    const result = await domParserExtractor()(html, 'https://www.bbc.example/news/world-us-canada-63086224');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toMatch(/Ian/);
    expect(result.article.url).toBe('https://www.bbc.example/news/world-us-canada-63086224');
    expect(result.article.canonicalUrl).toMatch(/^https?:\/\//);
  });

  it('runs no script of the page and reports a page that is not an article', async () => {
    const marker = globalThis as { pwned?: boolean };
    const result = await domParserExtractor()('<html><body><script>globalThis.pwned = true</script><img src=x onerror="globalThis.pwned = true"><p>Menu</p></body></html>', 'https://x.example/');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    expect(marker.pwned).toBeUndefined();
  });

  it('says so when the page cannot be parsed at all', () => {
    const result = extractFromHtml('<html>', 'https://x.example/', () => {
      throw new Error('parser gave up');
    });
    expect(result).toEqual({ ok: false, reason: 'not-article', message: 'The page could not be read.' });
  });
});
