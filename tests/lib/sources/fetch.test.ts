import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoliteFetcher, FEED_MAX_BYTES, parseRetryAfter, type PoliteFetcherDeps } from '../../../lib/sources/fetch';

type Call = { url: string; init: RequestInit; startedAt: number };

/** A fake network: each address answers with what `respond` gives, after `delayMs`. */
function fakeNetwork(respond: (url: string, init: RequestInit) => Response | Promise<Response>, delayMs = 0) {
  const calls: Call[] = [];
  let active = 0;
  let maxActivePerHost = 0;
  const activeHosts = new Map<string, number>();
  const fetch = (async (input: string, init: RequestInit = {}) => {
    const host = new URL(input).host;
    calls.push({ url: input, init, startedAt: Date.now() });
    active++;
    activeHosts.set(host, (activeHosts.get(host) ?? 0) + 1);
    maxActivePerHost = Math.max(maxActivePerHost, activeHosts.get(host)!);
    try {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      return await respond(input, init);
    } finally {
      active--;
      activeHosts.set(host, activeHosts.get(host)! - 1);
    }
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls, maxActivePerHost: () => maxActivePerHost, active: () => active };
}

const deps = (fetch: typeof globalThis.fetch, extra: Partial<PoliteFetcherDeps> = {}): PoliteFetcherDeps => ({
  fetch,
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  ...extra,
});
const feed = (url: string, extra = {}) => ({ url, maxBytes: FEED_MAX_BYTES, accept: 'application/rss+xml', ...extra });

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-01-01T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('politeness', () => {
  it('asks one host one request at a time, with a gap, while other hosts proceed in parallel', async () => {
    const net = fakeNetwork(() => new Response('ok'), 500);
    const fetcher = createPoliteFetcher(deps(net.fetch, { gapMs: 1000 }));
    const all = Promise.all([
      fetcher.fetchText(feed('https://a.example/1')),
      fetcher.fetchText(feed('https://a.example/2')),
      fetcher.fetchText(feed('https://a.example/3')),
      fetcher.fetchText(feed('https://b.example/1')),
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    const results = await all;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(net.maxActivePerHost()).toBe(1);
    const starts = (host: string) => net.calls.filter((c) => c.url.includes(host)).map((c) => c.startedAt - net.calls[0]!.startedAt);
    // Each request to a.example waits for the previous one (500 ms) and then for the rest of the 1 s gap.
    expect(starts('a.example')).toEqual([0, 1000, 2000]);
    expect(starts('b.example')).toEqual([0]);
  });

  it('sends no cookies and no referrer, and only ever http(s)', async () => {
    const net = fakeNetwork(() => new Response('ok'));
    const fetcher = createPoliteFetcher(deps(net.fetch));
    await fetcher.fetchText(feed('https://a.example/feed'));
    expect(net.calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'chrome-extension://abc/x', 'not a url']) {
      const result = await fetcher.fetchText(feed(bad));
      expect(result).toMatchObject({ ok: false, problem: 'not-http' });
    }
    expect(net.calls).toHaveLength(1);
  });

  it('sends the stored validators and reads a 304 as not modified', async () => {
    const net = fakeNetwork((_url, init) => {
      const headers = init.headers as Record<string, string>;
      return headers['If-None-Match'] === '"v1"' ? new Response(null, { status: 304 }) : new Response('<rss/>', { headers: { etag: '"v1"', 'last-modified': 'Thu, 01 Jan 2026 10:00:00 GMT' } });
    });
    const fetcher = createPoliteFetcher(deps(net.fetch, { gapMs: 0 }));
    const first = await fetcher.fetchText(feed('https://a.example/feed'));
    expect(first).toMatchObject({ ok: true, notModified: false, text: '<rss/>', etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 10:00:00 GMT' });
    const second = await fetcher.fetchText(feed('https://a.example/feed', { validators: { etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 10:00:00 GMT' } }));
    expect(second).toMatchObject({ ok: true, notModified: true, etag: '"v1"' });
    expect(net.calls[1]!.init.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Thu, 01 Jan 2026 10:00:00 GMT' });
  });
});

describe('failures', () => {
  it('backs off exponentially after server errors, without asking the host meanwhile, capped', async () => {
    const net = fakeNetwork(() => new Response('down', { status: 503 }));
    const fetcher = createPoliteFetcher(deps(net.fetch, { gapMs: 0, backoffBaseMs: 60_000, backoffMaxMs: 240_000 }));
    const first = await fetcher.fetchText(feed('https://a.example/feed'));
    expect(first).toMatchObject({ ok: false, problem: 'server', status: 503, retryAt: Date.now() + 60_000 });
    expect(first.ok || first.message).toMatch(/server had an error \(503\)/);

    // A storm of requests during the backoff reaches nobody.
    const storm = await Promise.all(Array.from({ length: 50 }, (_, k) => fetcher.fetchText(feed(`https://a.example/page${k}`))));
    expect(storm.every((r) => !r.ok && r.problem === 'backing-off')).toBe(true);
    expect(net.calls).toHaveLength(1);

    const waits: number[] = [];
    for (let k = 0; k < 4; k++) {
      await vi.advanceTimersByTimeAsync(fetcher.retryAt('https://a.example/feed')! - Date.now());
      const before = Date.now();
      const again = await fetcher.fetchText(feed('https://a.example/feed'));
      waits.push(again.ok ? 0 : again.retryAt! - before);
    }
    expect(waits).toEqual([120_000, 240_000, 240_000, 240_000]);
    expect(net.calls).toHaveLength(5);
  });

  it('honours Retry-After on 429', async () => {
    const net = fakeNetwork(() => new Response('slow down', { status: 429, headers: { 'retry-after': '600' } }));
    const fetcher = createPoliteFetcher(deps(net.fetch, { gapMs: 0 }));
    const result = await fetcher.fetchText(feed('https://a.example/feed'));
    expect(result).toMatchObject({ ok: false, problem: 'rate-limited', retryAt: Date.now() + 600_000 });
  });

  it('a 404 waits for that address only; a success clears the host', async () => {
    const net = fakeNetwork((url) => (url.endsWith('/missing') ? new Response('', { status: 404 }) : new Response('fine')));
    const fetcher = createPoliteFetcher(deps(net.fetch, { gapMs: 0 }));
    expect(await fetcher.fetchText(feed('https://a.example/missing'))).toMatchObject({ ok: false, problem: 'not-found', status: 404 });
    expect(await fetcher.fetchText(feed('https://a.example/other'))).toMatchObject({ ok: true });
    expect(await fetcher.fetchText(feed('https://a.example/missing'))).toMatchObject({ ok: false, problem: 'backing-off' });
  });

  it('times out a server that never answers, covering the body too', async () => {
    const hang = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const fetcher = createPoliteFetcher(deps(fakeNetwork(hang).fetch, { timeoutMs: 20_000, gapMs: 0 }));
    const pending = fetcher.fetchText(feed('https://slow.example/feed'));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await pending).toMatchObject({ ok: false, problem: 'timeout' });

    // Headers at once, then a body that trickles forever.
    const trickle = (_url: string, init: RequestInit) =>
      new Response(new ReadableStream({
        pull: (c) => new Promise<void>((resolve, reject) => {
          const t = setTimeout(() => { c.enqueue(new Uint8Array(10)); resolve(); }, 1000);
          init.signal!.addEventListener('abort', () => { clearTimeout(t); reject(new DOMException('aborted', 'AbortError')); });
        }),
      }));
    const slow = createPoliteFetcher(deps(fakeNetwork(trickle).fetch, { timeoutMs: 20_000, gapMs: 0 }));
    const trickling = slow.fetchText(feed('https://trickle.example/feed'));
    await vi.advanceTimersByTimeAsync(21_000);
    expect(await trickling).toMatchObject({ ok: false, problem: 'timeout' });
  });

  it('stops reading a body past the size cap, and refuses a declared oversize body unread', async () => {
    let pulled = 0;
    const endless = () => new Response(new ReadableStream({ pull: (c) => { pulled++; c.enqueue(new Uint8Array(64 * 1024)); } }));
    const fetcher = createPoliteFetcher(deps(fakeNetwork(endless).fetch, { gapMs: 0 }));
    const result = await fetcher.fetchText({ url: 'https://big.example/feed', maxBytes: 1024 * 1024, accept: '*/*' });
    expect(result).toMatchObject({ ok: false, problem: 'too-large' });
    expect(result.ok || result.message).toContain('larger than 1 MB');
    expect(pulled).toBeLessThan(20);

    const declared = () => new Response('x', { headers: { 'content-length': String(FEED_MAX_BYTES + 1) } });
    const other = createPoliteFetcher(deps(fakeNetwork(declared).fetch, { gapMs: 0 }));
    expect(await other.fetchText(feed('https://big.example/declared'))).toMatchObject({ ok: false, problem: 'too-large' });
  });

  it('reads a redirect that ends on a login page as needing a login', async () => {
    const toLogin = () => {
      const response = new Response('<html><form action="/login"></form></html>');
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: 'https://paper.example/account/login?next=/feed' });
      return response;
    };
    const fetcher = createPoliteFetcher(deps(fakeNetwork(toLogin).fetch, { gapMs: 0 }));
    expect(await fetcher.fetchText(feed('https://paper.example/feed'))).toMatchObject({ ok: false, problem: 'login' });
  });

  it('reads a redirect loop (fetch throws) as unreachable, with a readable message', async () => {
    const loop = () => Promise.reject(new TypeError('redirect count exceeded'));
    const fetcher = createPoliteFetcher(deps(fakeNetwork(loop).fetch, { gapMs: 0 }));
    const result = await fetcher.fetchText(feed('https://loop.example/feed'));
    expect(result).toMatchObject({ ok: false, problem: 'network' });
    expect(result.ok || result.message).toMatch(/redirect loop/);
  });
});

describe('decoding', () => {
  it.each([
    ['the XML declaration', new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><t>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...new TextEncoder().encode('</t>')]), null, '<t>Привет</t>'],
    ['the Content-Type', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'text/plain; charset=ISO-8859-1', 'café'],
    ['an unknown charset, falling back to UTF-8', new TextEncoder().encode('naïve'), 'text/xml; charset=x-unknown', 'naïve'],
  ])('uses %s', async (_name, bytes, contentType, expected) => {
    const net = fakeNetwork(() => new Response(bytes, { headers: contentType ? { 'content-type': contentType } : {} }));
    const result = await createPoliteFetcher(deps(net.fetch, { gapMs: 0 })).fetchText(feed('https://enc.example/feed'));
    expect(result.ok && !result.notModified && result.text.endsWith(expected)).toBe(true);
  });

  it('reads Retry-After as seconds or a date', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});
