import { describe, expect, it, vi } from 'vitest';
import { freshName, otherReport, seedReport, storesClosedAfterEach } from './helpers';
import { clearAll, exportAll, forgetReport, getStoredReports, importAll, pruneReports, saveReport, toStored, type Database } from '../../../lib/store';
import { CACHED_REPORTS } from '../../../lib/store/report-cache';
import type { Report } from '../../../lib/model';

const open = storesClosedAfterEach();

/** IndexedDB gets made while `work` runs. */
async function getsDuring(work: () => Promise<unknown>): Promise<number> {
  const gets = vi.spyOn(globalThis.IDBObjectStore.prototype, 'get');
  try {
    await work();
    return gets.mock.calls.length;
  } finally {
    gets.mockRestore();
  }
}

describe('reports read lately are kept in memory', () => {
  it('reads a report once, and hands out copies', async () => {
    const db = await open();
    const a = seedReport(0);
    const b = seedReport(1);
    await saveReport(db, a);
    await saveReport(db, b);
    expect(await getsDuring(() => getStoredReports(db, [a.id, b.id]))).toBe(2);
    let again: Awaited<ReturnType<typeof getStoredReports>> = [];
    expect(await getsDuring(async () => (again = await getStoredReports(db, [b.id, 'rmissing', a.id])))).toBe(1); // only the unknown id
    expect(again.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(again[1]).toEqual(toStored(a));
    // What a caller does to its copy does not reach the next caller.
    again[1]!.figures.length = 0;
    expect((await getStoredReports(db, [a.id]))[0]).toEqual(toStored(a));
  });

  it('keeps a bounded number, the latest used', async () => {
    const db = await open();
    const reports = Array.from({ length: CACHED_REPORTS + 1 }, (_, i): Report => ({ ...otherReport(), id: `r${String(i).padStart(16, '0')}`, url: `https://dw.example/${i}`, canonicalUrl: `https://dw.example/${i}` }));
    for (const r of reports) await saveReport(db, r);
    await getStoredReports(db, reports.map((r) => r.id));
    // The first one read is the one let go.
    expect(await getsDuring(() => getStoredReports(db, [reports[0]!.id]))).toBe(1);
    expect(await getsDuring(() => getStoredReports(db, [reports.at(-1)!.id]))).toBe(0);
  });

  it.each<[string, (db: Database, a: Report, b: Report) => Promise<unknown>]>([
    ['a new version of the page', (db, a) => saveReport(db, { ...a, text: `${a.text} Astana.`, modifiedAt: '2022-01-09T00:00:00.000Z' })],
    ['a forgotten report', (db, a) => forgetReport(db, a.id)],
    ['pruning', (db) => pruneReports(db, 1, Date.parse('2030-01-01T00:00:00.000Z'))],
    ['an import that replaces', async (db, a, b) => importAll(db, { ...(await exportAll(db)), reports: [{ ...toStored(b), title: 'Imported' }] }, 'replace')],
    ['deleting everything', (db) => clearAll(db)],
  ])('never answers from before a write: %s', async (_what, write) => {
    const name = freshName();
    const db = await open(name);
    const other = await open(name);
    const a = seedReport(0);
    const b = seedReport(1);
    await saveReport(db, a);
    await saveReport(db, b);
    await getStoredReports(db, [a.id, b.id]);
    await write(db, a, b);
    // The second connection has no cache: it reads what is stored.
    expect(await getStoredReports(db, [a.id, b.id])).toEqual(await getStoredReports(other, [a.id, b.id]));
  });
});
