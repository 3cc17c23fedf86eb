import { afterEach, describe, expect, it } from 'vitest';
import { freshName, otherReport, seedReport } from './helpers';
import { candidateIds, countReports, forgetReport, getReport, getRevisions, openReportStore, pruneReports, saveReport, termStats, type Database } from '../../../lib/store';

let db: Database | null = null;
async function open(): Promise<Database> {
  db = await openReportStore(freshName());
  return db;
}
afterEach(() => db?.close());

describe('saveReport', () => {
  it('stores a new report and reads it back without the store fields', async () => {
    const store = await open();
    const report = seedReport(0);
    expect((await saveReport(store, report)).outcome).toBe('new');
    expect(await getReport(store, report.id)).toEqual(report);
  });

  it('keeps one report per canonical address: the same page again changes nothing', async () => {
    const store = await open();
    await saveReport(store, seedReport(0, '2026-11-01T10:00:00.000Z'));
    const again = await saveReport(store, seedReport(0, '2026-11-02T10:00:00.000Z'));
    expect(again.outcome).toBe('unchanged');
    expect(again.current.capturedAt).toBe('2026-11-01T10:00:00.000Z');
    expect(await countReports(store)).toBe(1);
    expect(await getRevisions(store, again.current.id)).toEqual([]);
  });

  it('replaces an earlier version of the same address and keeps it as a revision', async () => {
    const store = await open();
    const first = seedReport(1, '2026-11-01T10:00:00.000Z');
    const updated = seedReport(1, '2026-11-01T12:00:00.000Z', { text: first.text + '\nUpdate: the toll rose to 26.', modifiedAt: '2022-01-07T08:00:00.000Z' });
    await saveReport(store, first);
    const result = await saveReport(store, updated, '2026-11-01T12:00:01.000Z');
    expect(result.outcome).toBe('replaced');
    expect((await getReport(store, first.id))!.text).toContain('rose to 26');
    const revisions = await getRevisions(store, first.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]!.report.text).toBe(first.text);
    expect(revisions[0]!.replacedAt).toBe('2026-11-01T12:00:01.000Z');
  });

  it('keeps an older copy of a page as a revision, not as the current report', async () => {
    const store = await open();
    const current = seedReport(1, '2026-11-01T10:00:00.000Z', { modifiedAt: '2022-01-07T08:00:00.000Z' });
    const stale = seedReport(1, '2026-11-02T10:00:00.000Z', { text: 'An earlier draft of the story.', modifiedAt: '2022-01-06T13:00:00.000Z' });
    await saveReport(store, current);
    expect((await saveReport(store, stale)).outcome).toBe('older');
    expect((await getReport(store, current.id))!.text).toBe(current.text);
    expect((await getRevisions(store, current.id))[0]!.report.text).toBe('An earlier draft of the story.');
  });

  it('dedupes by canonical address even when the stored id differs (data from an import)', async () => {
    const store = await open();
    const report = seedReport(0);
    await store.put('reports', { ...report, id: 'r00000000000000aa', terms: [] });
    const result = await saveReport(store, { ...report, text: report.text + ' More.' });
    expect(result.outcome).toBe('replaced');
    expect(await countReports(store)).toBe(1);
    expect(await getReport(store, 'r00000000000000aa')).toBeNull();
    expect((await getRevisions(store, 'r00000000000000aa'))).toHaveLength(1);
  });
});

describe('forgetReport', () => {
  it('removes the report and its revisions', async () => {
    const store = await open();
    const first = seedReport(1);
    await saveReport(store, first);
    await saveReport(store, { ...first, text: first.text + ' Updated.', modifiedAt: '2022-01-08T00:00:00.000Z' });
    expect(await forgetReport(store, first.id)).toBe(true);
    expect(await getReport(store, first.id)).toBeNull();
    expect(await getRevisions(store, first.id)).toEqual([]);
    expect(await forgetReport(store, first.id)).toBe(false);
  });
});

describe('candidateIds', () => {
  it('finds the other outlet\'s report of the event through the terms index, not the unrelated one', async () => {
    const store = await open();
    const a = seedReport(0);
    const b = seedReport(1);
    const flood = otherReport();
    for (const r of [a, b, flood]) await saveReport(store, r);
    const stored = (await store.get('reports', a.id))!;
    expect(stored.terms.length).toBeGreaterThan(3);
    const ids = await candidateIds(store, stored.terms, a.id);
    expect(ids[0]).toBe(b.id);
    expect(ids).not.toContain(a.id);
    const stats = await termStats(store, stored.terms);
    expect(stats.size).toBe(3);
    expect(stats.df(stored.terms[0]!)).toBeGreaterThanOrEqual(1);
  });
});

describe('pruneReports', () => {
  it.each([
    [90, 1],
    [0, 0],
    [1000, 0],
  ])('with a retention of %i days removes %i of the reports', async (days, removed) => {
    const store = await open();
    const now = Date.parse('2026-11-20T00:00:00.000Z');
    await saveReport(store, seedReport(0, '2026-06-01T00:00:00.000Z'));
    await saveReport(store, seedReport(1, '2026-11-19T00:00:00.000Z'));
    expect(await pruneReports(store, days, now)).toBe(removed);
    expect(await countReports(store)).toBe(2 - removed);
  });
});
