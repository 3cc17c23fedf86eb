import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/article';
import { analyse } from '../../../lib/report';
import type { Report } from '../../../lib/model';
import type { Source } from '../../../lib/settings';
import { createPoliteFetcher } from '../../../lib/sources/fetch';
import { memoryFeedCache } from '../../../lib/sources/feed-cache';
import { memoryStatusStore } from '../../../lib/sources/status';
import { createGatherer, type GatherProgress, type GathererDeps } from '../../../lib/sources/gather';
import { itemMatchesReport } from '../../../lib/sources/item-match';
import { feedMessage } from '../../../lib/sources/feeds';

const EVENTS = fileURLToPath(new URL('../../../../shared/corpus/events-dev/', import.meta.url));
const page = (file: string) => readFileSync(EVENTS + file, 'utf8');

function extract(html: string, url: string) {
  const { document } = parseHTML(html);
  return Promise.resolve(extractArticle(document as unknown as Document, url));
}

async function reportOf(file: string, url: string): Promise<Report> {
  const result = await extract(page(file), url);
  if (!result.ok) throw new Error(result.message);
  return analyse(result.article, '2024-01-01T00:00:00Z');
}

const rss = (items: Array<{ title: string; link: string; description?: string }>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description>${i.description ?? ''}</description></item>`)
    .join('')}</channel></rss>`;

/** A small web: two outlets' feeds and pages, and whatever else a test adds. */
function fakeWeb(routes: Record<string, () => Response>) {
  const requests: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch = (async (url: string, init: RequestInit = {}) => {
    requests.push({ url, headers: (init.headers ?? {}) as Record<string, string> });
    const route = routes[url];
    return route ? route() : new Response('not found', { status: 404 });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

const tass: Source = { id: 'tass', name: 'TASS', domains: ['tass.example'], feeds: ['https://tass.example/rss'], enabled: true, autoCapture: false };
const teller: Source = { id: 'teller', name: 'Teller Report', domains: ['teller.example'], feeds: ['https://feeds.teller.example/rss'], enabled: true, autoCapture: false };
const boss: Source = { id: 'boss', name: 'The Boss', domains: ['boss.example'], feeds: ['https://boss.example/rss'], enabled: true, autoCapture: false };

let stored: Map<string, Report>;
let progress: GatherProgress[];

function setup(routes: Record<string, () => Response>, overrides: Partial<GathererDeps> = {}) {
  const web = fakeWeb(routes);
  const status = memoryStatusStore();
  const feedCache = memoryFeedCache();
  const gatherer = createGatherer({
    fetcher: createPoliteFetcher({ fetch: web.fetch, gapMs: 0 }),
    feedCache,
    status,
    getSources: async () => [tass, teller, boss],
    hasAccess: async () => true,
    matches: (report, item) => itemMatchesReport(report, item),
    extract,
    analyse,
    hasReport: async (url) => [...stored.values()].some((r) => r.url === url),
    saveReport: async (r) => void stored.set(r.id, r),
    onProgress: (p) => progress.push(p),
    ...overrides,
  });
  return { gatherer, web, status, feedCache };
}

const beirutRoutes = (): Record<string, () => Response> => ({
  'https://tass.example/rss': () =>
    new Response(
      rss([
        { title: 'Beirut port blast death toll rises', link: 'https://tass.example/world/beirut', description: 'Lebanon: the explosion at the port of Beirut killed at least 154 people, Health Ministry says.' },
        { title: 'Floods in western Germany', link: 'https://tass.example/world/floods', description: 'Heavy rain caused rivers to burst their banks in North Rhine-Westphalia.' },
        { title: 'Beirut explosion: an address on another site', link: 'https://evil.example/beirut', description: 'Beirut port explosion ammonium nitrate Lebanon.' },
      ]),
      { headers: { etag: '"t1"' } },
    ),
  'https://tass.example/world/beirut': () => new Response(page('beirut-port-explosion-2020-08/tass.html'), { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  'https://tass.example/world/floods': () => new Response(page('_distractors/dw-germany-floods.html')),
  'https://feeds.teller.example/rss': () => new Response('<!DOCTYPE html><html><body>Home page</body></html>', { headers: { 'content-type': 'text/html' } }),
  'https://boss.example/rss': () => new Response(rss([{ title: 'Beirut blast', link: 'https://boss.example/beirut', description: 'Explosion in the port of Beirut, Lebanon.' }])),
});

beforeEach(() => {
  stored = new Map();
  progress = [];
});

describe('gathering for a report', () => {
  it('fetches, extracts, analyses and stores the other outlet\'s report of the same event, and only that', async () => {
    const { gatherer, web, status } = setup(beirutRoutes());
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    const result = await gatherer.gatherFor(report);

    expect(result.failed).toEqual([]);
    expect(result.stored.map((r) => r.url)).toEqual(['https://tass.example/world/beirut']);
    expect(result.stored[0]!.figures.length).toBeGreaterThan(0);
    expect([...stored.values()].map((r) => r.url)).toEqual(['https://tass.example/world/beirut']);
    expect(progress).toEqual([{ reportId: report.id, done: 0, total: 1 }, { reportId: report.id, done: 1, total: 1 }]);

    const fetched = web.requests.map((r) => r.url);
    expect(fetched).not.toContain('https://evil.example/beirut'); // not on the source's domains
    expect(fetched).not.toContain('https://tass.example/world/floods'); // another event
    expect(fetched).not.toContain('https://boss.example/beirut'); // the report's own outlet
    expect(status.statuses.get('teller')).toMatchObject({ error: feedMessage('html'), items: 0, lacksAccess: false });
    expect(status.statuses.get('tass')).toMatchObject({ error: null, items: 3 });
  });

  it('does not fetch what is stored already, nor the feeds again while they are fresh', async () => {
    const { gatherer, web } = setup(beirutRoutes());
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    await gatherer.gatherFor(report);
    const before = web.requests.length;
    const again = await gatherer.gatherFor(report);
    expect(again).toEqual({ stored: [], failed: [] });
    expect(web.requests.length).toBe(before);
  });

  it('does not fetch a page again in the session even when the store knows it under another address', async () => {
    const { gatherer, web } = setup(beirutRoutes(), { hasReport: async () => false });
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    expect((await gatherer.gatherFor(report)).stored).toHaveLength(1);
    const pages = () => web.requests.filter((r) => r.url === 'https://tass.example/world/beirut').length;
    expect(pages()).toBe(1);
    expect(await gatherer.gatherFor(report)).toEqual({ stored: [], failed: [] });
    expect(pages()).toBe(1);
  });

  it('skips sources without host access and says so on the source', async () => {
    const { gatherer, web, status } = setup(beirutRoutes(), { hasAccess: async (s) => s.id !== 'tass' });
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    const result = await gatherer.gatherFor(report);
    expect(result.stored).toEqual([]);
    expect(web.requests.some((r) => r.url.includes('tass.example'))).toBe(false);
    expect(status.statuses.get('tass')).toMatchObject({ lacksAccess: true });
  });

  it('reports a page that fails or is not an article in words, and stores nothing for it', async () => {
    const routes = beirutRoutes();
    routes['https://tass.example/world/beirut'] = () => new Response('<html><body><p>Subscribe</p></body></html>');
    const { gatherer, web } = setup(routes);
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    const result = await gatherer.gatherFor(report);
    expect(result.stored).toEqual([]);
    expect(result.failed).toEqual([{ url: 'https://tass.example/world/beirut', message: expect.stringMatching(/article/) }]);
    expect(stored.size).toBe(0);
    // Reading the report again does not fetch the failed page again (for a while).
    const pages = () => web.requests.filter((r) => r.url === 'https://tass.example/world/beirut').length;
    expect(await gatherer.gatherFor(report)).toEqual({ stored: [], failed: [] });
    expect(pages()).toBe(1);
  });

  it('does not store a page that redirected to another site', async () => {
    const routes = beirutRoutes();
    routes['https://tass.example/world/beirut'] = () => {
      const r = new Response(page('beirut-port-explosion-2020-08/tass.html'));
      Object.defineProperty(r, 'url', { value: 'https://elsewhere.example/beirut' });
      return r;
    };
    const { gatherer } = setup(routes);
    const report = await reportOf('beirut-port-explosion-2020-08/the-boss-newspapers.html', 'https://boss.example/beirut');
    const result = await gatherer.gatherFor(report);
    expect(result.failed[0]!.message).toMatch(/another site/);
    expect(stored.size).toBe(0);
  });
});

describe('statuses', () => {
  it('says when a feed\'s items all link to other sites, so nothing could be gathered from it', async () => {
    const routes = beirutRoutes();
    routes['https://boss.example/rss'] = () => new Response(rss([
      { title: 'A', link: 'https://news.aggregator.example/a' },
      { title: 'B', link: 'https://cdn.boss-news.example/b' },
    ]));
    const { gatherer, status } = setup(routes);
    await gatherer.pollFeeds();
    expect(status.statuses.get('boss')!.error).toBe(
      'Its items link to other sites (news.aggregator.example, cdn.boss-news.example), so none of them is fetched. If they are this outlet\'s, add the domain to the source.',
    );
    expect(status.statuses.get('tass')!.error).toBeNull(); // one off-site item among its own is fine
  });
});

describe('polling', () => {
  it('matches new items against recent reports, then asks conditionally and fetches nothing new', async () => {
    const routes = beirutRoutes();
    routes['https://tass.example/rss'] = () => new Response(rss([{ title: 'Beirut port blast death toll rises', link: 'https://tass.example/world/beirut', description: 'The explosion at the port of Beirut, Lebanon, killed at least 154 people.' }]), { headers: { etag: '"t1"' } });
    const recent = await reportOf('beirut-port-explosion-2020-08/teller-report.html', 'https://teller.example/beirut');
    const { gatherer, web, feedCache } = setup(routes, { recentReports: async () => [recent] });
    const first = await gatherer.pollFeeds();
    expect(first.stored.map((r) => r.url)).toEqual(['https://tass.example/world/beirut']);
    expect(stored.size).toBe(1);

    // The feed answers 304 to the validator stored from the first answer: its items are kept.
    routes['https://tass.example/rss'] = () => new Response(null, { status: 304 });
    const second = await gatherer.pollFeeds();
    expect(second.stored).toEqual([]);
    const conditional = web.requests.filter((r) => r.url === 'https://tass.example/rss').at(-1)!;
    expect(conditional.headers['If-None-Match']).toBe('"t1"');
    expect(await feedCache.get('https://tass.example/rss')).toMatchObject({ error: null, etag: '"t1"', items: [expect.objectContaining({ url: 'https://tass.example/world/beirut' })] });
  });

  it('keeps the last good items when a feed breaks, and forgets feeds of removed sources', async () => {
    const routes = beirutRoutes();
    const { gatherer, feedCache, status } = setup(routes);
    await gatherer.pollFeeds();
    expect((await feedCache.get('https://tass.example/rss'))!.items).toHaveLength(3);
    await feedCache.set('https://gone.example/rss', { checkedAt: '', etag: null, lastModified: null, items: [], error: null });
    routes['https://tass.example/rss'] = () => new Response('<rss><channel><item><title>x</title>', { status: 500 });
    await gatherer.pollFeeds();
    const entry = (await feedCache.get('https://tass.example/rss'))!;
    expect(entry.items).toHaveLength(3);
    expect(entry.etag).toBe('"t1"');
    expect(entry.error).toMatch(/server had an error \(500\)/);
    expect(status.statuses.get('tass')!.error).toMatch(/500/);
    expect(await feedCache.get('https://gone.example/rss')).toBeNull();
  });
});
