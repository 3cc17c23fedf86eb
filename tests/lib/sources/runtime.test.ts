import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../../../lib/extract/article';
import { analyse } from '../../../lib/report';
import type { Report } from '../../../lib/model';
import { feedCheckRequestSetting, gatheringSetting, sourcesSetting, sourceStatusSetting, type Source } from '../../../lib/settings';
import { startSources, type SourcesBrowser } from '../../../lib/sources/runtime';
import { POLL_ALARM, type AlarmsApi } from '../../../lib/sources/scheduler';
import { originsFor } from '../../../lib/sources/permissions';

const EVENTS = fileURLToPath(new URL('../../../../shared/corpus/events-dev/', import.meta.url));
const html = (file: string) => readFileSync(EVENTS + file, 'utf8');
const extract = async (text: string, url: string) => extractArticle(parseHTML(text).document as unknown as Document, url);

const tass: Source = { id: 'tass', name: 'TASS', domains: ['tass.example'], feeds: ['https://tass.example/rss'], enabled: true, autoCapture: false };
const FEED = `<rss version="2.0"><channel><title>TASS</title><item><title>Beirut port blast death toll rises</title><link>https://tass.example/beirut</link><description>The explosion at the port of Beirut, Lebanon, killed at least 154 people.</description></item></channel></rss>`;

function harness() {
  const granted = new Set<string>();
  const removedListeners: Array<() => void> = [];
  const browser: SourcesBrowser = {
    permissions: {
      request: async ({ origins }) => (origins.forEach((o) => granted.add(o)), true),
      remove: async ({ origins }) => (origins.forEach((o) => granted.delete(o)), true),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      onAdded: { addListener: () => undefined },
      onRemoved: { addListener: (cb) => void removedListeners.push(cb) },
    },
    alarms: fakeBrowser.alarms as unknown as AlarmsApi,
    runtime: { connect: () => { throw new Error('not used: the extractor is injected'); } },
  };
  const stored = new Map<string, Report>();
  const fetch = vi.fn(async (url: string) =>
    url === 'https://tass.example/rss' ? new Response(FEED) : url === 'https://tass.example/beirut' ? new Response(html('beirut-port-explosion-2020-08/tass.html')) : new Response('', { status: 404 }),
  ) as unknown as typeof globalThis.fetch;
  const progress: unknown[] = [];
  const runtime = startSources({
    browser,
    fetch,
    extract,
    analyse,
    hasReport: async (url) => [...stored.values()].some((r) => r.url === url),
    saveReport: async (r) => void stored.set(r.id, r),
    recentReports: async () => [],
    onProgress: (p) => progress.push(p),
  });
  return { runtime, granted, stored, progress, fetch, removed: () => removedListeners.forEach((l) => l()) };
}

async function reader(): Promise<Report> {
  const result = await extract(html('beirut-port-explosion-2020-08/teller-report.html'), 'https://teller.example/beirut');
  if (!result.ok) throw new Error(result.message);
  return analyse(result.article);
}

beforeEach(() => fakeBrowser.reset());

describe('sources in the background', () => {
  it('gathers nothing while gathering is off, and the other outlet\'s report once it is on', async () => {
    await sourcesSetting.setValue([tass]);
    const { runtime, granted, stored, progress, fetch } = harness();
    originsFor(tass).forEach((o) => granted.add(o));
    const report = await reader();
    expect(await runtime.gatherFor(report)).toBeNull();
    expect(fetch).not.toHaveBeenCalled();

    await gatheringSetting.setValue({ enabled: true, pollMinutes: 30 });
    const result = await runtime.gatherFor(report);
    expect(result!.stored.map((r) => r.url)).toEqual(['https://tass.example/beirut']);
    expect([...stored.values()].map((r) => r.outlet)).toHaveLength(1);
    expect(progress).toEqual([{ reportId: report.id, done: 0, total: 1 }, { reportId: report.id, done: 1, total: 1 }]);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toMatchObject({ periodInMinutes: 30 }));
  });

  it('checks the feeds when the options page asks, even with gathering off, and gathers no page', async () => {
    await sourcesSetting.setValue([tass]);
    const { granted, fetch, stored } = harness();
    originsFor(tass).forEach((o) => granted.add(o));
    await feedCheckRequestSetting.setValue(Date.now());
    await vi.waitFor(async () => expect((await sourceStatusSetting.getValue()).tass).toMatchObject({ items: 1, error: null }));
    expect(vi.mocked(fetch).mock.calls.map((c) => c[0])).toEqual(['https://tass.example/rss']);
    expect(stored.size).toBe(0);
  });

  it('marks a source when its permission is removed in the browser', async () => {
    await sourcesSetting.setValue([tass]);
    const { granted, removed } = harness();
    originsFor(tass).forEach((o) => granted.add(o));
    removed();
    await vi.waitFor(async () => expect((await sourceStatusSetting.getValue()).tass).toMatchObject({ lacksAccess: false }));
    granted.clear();
    removed();
    await vi.waitFor(async () => expect((await sourceStatusSetting.getValue()).tass).toMatchObject({ lacksAccess: true }));
  });
});
