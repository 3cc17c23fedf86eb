import { afterEach, describe, expect, it } from 'vitest';
import { freshName, seedReport } from './helpers';
import { getReport, getRevisions, importAll, exportAll, openReportStore, saveReport, StoreError, type Database } from '../../../lib/store';

/** Makes every put into `storeName` fail as a full disk does, until restored. */
function fillDisk(storeName: string): () => void {
  const proto = globalThis.IDBObjectStore.prototype;
  const put = proto.put;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === storeName) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => {
    proto.put = put;
  };
}

let db: Database | null = null;
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  db?.close();
});

describe('when the storage quota is exceeded', () => {
  it('saving fails with a quota error that tells the reader and offers pruning', async () => {
    db = await openReportStore(freshName());
    restore = fillDisk('reports');
    const error = await saveReport(db, seedReport(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('quota');
    expect((error as StoreError).message).toMatch(/storage .* is full/);
    expect((error as StoreError).message).toMatch(/Remove older reports/);
  });

  it('a replacement that fails half-way leaves the old report and writes no revision', async () => {
    db = await openReportStore(freshName());
    const first = seedReport(1);
    await saveReport(db, first);
    // The revision is written first, then the report fails: the transaction must take both back.
    restore = fillDisk('reports');
    const error = await saveReport(db, { ...first, text: first.text + ' Updated.', modifiedAt: '2022-01-09T00:00:00.000Z' }).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('quota');
    restore();
    restore = null;
    expect(await getReport(db, first.id)).toEqual(first);
    expect(await getRevisions(db, first.id)).toEqual([]);
  });

  it('an import that runs out of room imports nothing', async () => {
    db = await openReportStore(freshName());
    await saveReport(db, seedReport(0));
    const file = await exportAll(db);
    const target = await openReportStore(freshName());
    restore = fillDisk('revisions');
    const withRevision = { ...file, revisions: [{ revisionId: 'x@1', reportId: file.reports[0]!.id, replacedAt: '2026-11-01T00:00:00.000Z', report: file.reports[0]! }] };
    const error = await importAll(target, withRevision).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('quota');
    expect(await target.count('reports')).toBe(0);
    target.close();
  });
});
