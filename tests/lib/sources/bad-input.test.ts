import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Source } from '../../../lib/settings';
import { createPoliteFetcher } from '../../../lib/sources/fetch';
import { memoryFeedCache } from '../../../lib/sources/feed-cache';
import { memoryStatusStore } from '../../../lib/sources/status';
import { createGatherer } from '../../../lib/sources/gather';
import { analyse } from '../../../lib/report';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');
const source: Source = { id: 's', name: 'Outlet', domains: ['outlet.example'], feeds: ['https://outlet.example/feed'], enabled: true, autoCapture: false };
const GOOD = '<rss><channel><item><title>Good item</title><link>https://outlet.example/a</link></item></channel></rss>';

/**
 * Each bad answer a feed address can give, the words the reader must see on the source (null: no
 * error, the answer is a valid feed), and whether the host is then left alone for a while (a
 * fetch that failed) or asked again at the next poll (it answered, with something wrong).
 */
const CASES: Array<[string, (signal: AbortSignal) => Promise<Response>, RegExp | null, boolean]> = [
  ['a web page instead of a feed', async () => new Response(fixture('web-page.html'), { headers: { 'content-type': 'text/html' } }), /returned a web page, not a feed/, false],
  ['a login page', async () => new Response(fixture('login-page.html')), /login page/, false],
  ['an XML bomb', async () => new Response(fixture('billion-laughs.xml').replace(/<item>[^]*<\/item>/, '')), null, false],
  ['a 404', async () => new Response('gone', { status: 404 }), /not found \(404\)/, true],
  ['a 401 behind a login', async () => new Response('', { status: 401 }), /refused access \(401\): it may need a login/, true],
  ['a redirect loop', async () => Promise.reject(new TypeError('redirect count exceeded')), /redirect loop/, true],
  ['a server error', async () => new Response('', { status: 503 }), /server had an error \(503\)/, true],
  ['a very slow server', (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))), /did not answer in time/, true],
];

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') }));
afterEach(() => vi.useRealTimers());

describe('bad feed addresses: a readable status, no crash, no retry storm, nothing stored wrong', () => {
  it.each(CASES)('%s', async (_name, answer, words, backsOff) => {
    let calls = 0;
    let broken = false;
    const fetch = ((_url: string, init: RequestInit) => {
      calls++;
      return broken ? answer(init.signal!) : Promise.resolve(new Response(GOOD, { headers: { etag: '"good"' } }));
    }) as unknown as typeof globalThis.fetch;
    const status = memoryStatusStore();
    const feedCache = memoryFeedCache();
    const saved: unknown[] = [];
    const gatherer = createGatherer({
      fetcher: createPoliteFetcher({ fetch, timeoutMs: 20_000, gapMs: 0 }),
      feedCache,
      status,
      getSources: async () => [source],
      hasAccess: async () => true,
      matches: () => true,
      extract: async () => ({ ok: false, reason: 'not-article', message: 'unused' }),
      analyse,
      hasReport: async () => true,
      saveReport: async (r) => void saved.push(r),
    });
    await gatherer.pollFeeds();
    expect(feedCache.entries.get(source.feeds[0]!)!.items.map((i) => i.title)).toEqual(['Good item']);

    broken = true;
    const polling = gatherer.pollFeeds();
    await vi.advanceTimersByTimeAsync(20_000);
    await polling;
    const shown = status.statuses.get('s')!;
    if (words) expect(shown.error).toMatch(words);
    else expect(shown.error).toBeNull(); // the bomb is inert: an empty, valid feed
    expect(shown.lacksAccess).toBe(false);

    // The last good items stay; a bad answer's validators are never kept.
    const entry = feedCache.entries.get(source.feeds[0]!)!;
    if (words) {
      expect(entry.items.map((i) => i.title)).toEqual(['Good item']);
      expect(entry.etag).toBe('"good"');
    }
    expect(saved).toEqual([]);

    // Ten more polls at once: failures that back off reach the server no more.
    const before = calls;
    const storm = Promise.all(Array.from({ length: 10 }, () => gatherer.pollFeeds()));
    await vi.advanceTimersByTimeAsync(25_000 * 10);
    await storm;
    if (backsOff) expect(calls).toBe(before);
    else expect(calls - before).toBeLessThanOrEqual(10);
  });
});
