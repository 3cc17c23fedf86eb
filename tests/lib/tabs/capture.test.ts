import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserIn } from '../ui/browser-in';
import { freshName, otherReport, seedArticle } from '../store/helpers';
import { openReportStore, saveReport, StoreError, type Database } from '../../../lib/store';
import { captureArticle, eventView, eventViews, failureState, type PipelineDeps } from '../../../lib/tabs';
import { analyse } from '../../../lib/report';
import { compareReports } from '../../../lib/compare';
import { sameEvent } from '../../../lib/match';

let db: Database | null = null;
afterEach(() => db?.close());

async function deps(): Promise<PipelineDeps> {
  db = await openReportStore(freshName());
  return { db, analyse, compare: compareReports, sameEvent, now: () => '2026-11-20T10:00:00.000Z' };
}

describe('captureArticle', () => {
  it('a first report of an event stands alone', async () => {
    const d = await deps();
    const captured = await captureArticle(seedArticle(0, { publishedAt: '2022-01-06T22:20:00.000Z' }), d);
    expect(captured.outcome).toBe('new');
    expect(captured.state.status).toBe('article');
    expect(captured.state.comparison.reports.map((r) => r.outlet)).toEqual(['teleSUR English']);
  });

  it('the second outlet\'s report is compared with the first, the tab\'s report first', async () => {
    const d = await deps();
    await saveReport(d.db, otherReport());
    await captureArticle(seedArticle(0, { publishedAt: '2022-01-06T22:20:00.000Z' }), d);
    const captured = await captureArticle(seedArticle(1, { publishedAt: '2022-01-06T12:47:00.000Z' }), d);
    expect(captured.state.comparison.reports.map((r) => r.outlet)).toEqual(['RT', 'teleSUR English']);
    expect(captured.reportIds).toHaveLength(2);
    // Items that differ, plus the items only one of the two outlets has (the twofold hike).
    const { numbers, attributions } = captured.state.comparison;
    const counted = [...numbers, ...attributions].filter((i) => i.status === 'differs' || (i.status === 'single' && i.kinds.includes('only')));
    expect(counted.some((i) => i.status === 'single')).toBe(true);
    expect(captured.state.differences).toBe(counted.length);
  });

  it('the same page seen twice is one report, not an event of two', async () => {
    const d = await deps();
    await captureArticle(seedArticle(1), d);
    const again = await captureArticle(seedArticle(1), d);
    expect(again.outcome).toBe('unchanged');
    expect(again.state.comparison.reports).toHaveLength(1);
  });
});

describe('eventViews', () => {
  it('compares each report once, concurrently, with the same answer as one at a time', async () => {
    const d = await deps();
    const a = await captureArticle(seedArticle(0, { publishedAt: '2022-01-06T22:20:00.000Z' }), d);
    const b = await captureArticle(seedArticle(1, { publishedAt: '2022-01-06T12:47:00.000Z' }), d);
    const flood = (await saveReport(d.db, otherReport())).current;
    const stored = await Promise.all([a, b].map(async (c) => (await d.db.get('reports', c.state.reportId))!));
    let views = 0;
    const counting: PipelineDeps = { ...d, compare: (reports) => (views++, d.compare(reports)) };
    // Three tabs on the first report, one on the second, one on the flood: three comparisons.
    const out = await eventViews([stored[0]!, stored[0]!, stored[1]!, flood, stored[0]!], counting);
    expect(views).toBe(3);
    expect([...out.keys()].sort()).toEqual([stored[0]!.id, stored[1]!.id, flood.id].sort());
    for (const report of [...stored, flood]) expect(out.get(report.id)).toEqual(await eventView(report, d));
    expect(out.get(stored[0]!.id)!.reportIds).toEqual([stored[0]!.id, stored[1]!.id]);
    expect(out.get(flood.id)!.reportIds).toEqual([flood.id]);
  });
});

describe('when storage is full', () => {
  it('capture fails with a storage-full state, and nothing is half-stored', async () => {
    const d = await deps();
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    proto.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const error = await captureArticle(seedArticle(0), d).catch((e: unknown) => e);
      expect(failureState('https://telesur.example/', error)).toMatchObject({ status: 'error', problem: 'storage-full' });
    } finally {
      proto.put = put;
    }
    expect(await d.db.count('reports')).toBe(0);
  });
});

describe('failureState', () => {
  it('a full store says so and offers pruning', () => {
    const state = failureState('https://rt.example/a', new StoreError('quota', 'The browser\'s storage for Parallax is full.'));
    expect(state).toEqual({ status: 'error', url: 'https://rt.example/a', message: 'The browser\'s storage for Parallax is full.', problem: 'storage-full' });
  });
  it('a quota error from opening the store is a full store too', () => {
    expect(failureState(null, new DOMException('quota', 'QuotaExceededError'))).toMatchObject({ problem: 'storage-full', message: expect.stringMatching(/Remove older reports/) });
  });
  it('any other failure is told in words', () => {
    expect(failureState(null, new Error('boom')).message).toBe('Parallax could not analyse this page: boom');
  });
  it('in the reader\'s language', () => {
    vi.stubGlobal('browser', browserIn('de'));
    try {
      expect(failureState(null, new Error('boom')).message).toBe('Parallax konnte diese Seite nicht analysieren: boom');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
