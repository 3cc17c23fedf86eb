import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { countsAndRecount, freshName, otherReport, seedReport } from './helpers';
import { DB_VERSION, MIGRATIONS, openReportStore, candidateIds, isQuotaError, saveReport, termStats, toStored, type Database } from '../../../lib/store';
import type { Report } from '../../../lib/model';

/** Reports exactly as version 1 of the store wrote them (see fixtures/make-v1-fixture.ts). */
const v1 = JSON.parse(readFileSync(new URL('./fixtures/v1-reports.json', import.meta.url), 'utf8')) as { version: number; reports: Report[] };

/**
 * A store as version 2 left it: its own migrations run, reports written with their terms and a
 * revision, as version 2's saveReport did (no term counts yet).
 */
async function writeVersion2(name: string, reports: Report[]): Promise<void> {
  const old = await openDB(name, 2, {
    upgrade: (db, _o, _n, tx) => {
      void (async () => {
        await MIGRATIONS[1]!(db, tx);
        await MIGRATIONS[2]!(db, tx);
      })();
    },
  });
  for (const report of reports) await old.put('reports', toStored(report));
  const first = toStored(reports[0]!);
  await old.put('revisions', { revisionId: `${first.id}@2020-01-01T00:00:00.000Z`, reportId: first.id, replacedAt: '2026-11-01T00:00:00.000Z', report: { ...first, text: 'An older draft.' } });
  old.close();
}

let db: Database | null = null;
afterEach(() => db?.close());

describe('migration to version 3 (term counts)', () => {
  it('this store is version 3 or later', () => {
    expect(DB_VERSION).toBeGreaterThanOrEqual(3);
  });

  it('counts the terms of every report a version-2 store holds, exactly', async () => {
    const name = freshName();
    const reports = [seedReport(0), seedReport(1), otherReport(), ...v1.reports];
    await writeVersion2(name, reports);
    db = await openReportStore(name);
    expect(db.version).toBe(DB_VERSION);
    const { kept, recount } = await countsAndRecount(db);
    expect(recount.reports).toBe(reports.length);
    expect(kept).toEqual(recount);
    // Revisions are history, not current reports: they are not counted.
    expect(await db.count('revisions')).toBe(1);
  });

  it('a migrated store finds the other outlet\'s report and keeps counting new writes', async () => {
    const name = freshName();
    const a = seedReport(0);
    const b = seedReport(1);
    await writeVersion2(name, [a, b, otherReport()]);
    db = await openReportStore(name);
    const stored = (await db.get('reports', a.id))!;
    expect((await candidateIds(db, stored.terms, a.id))[0]).toBe(b.id);
    const stats = await termStats(db, stored.terms);
    expect(stats.size).toBe(3);
    for (const term of stored.terms) expect(stats.df(term)).toBeGreaterThanOrEqual(1);
    await saveReport(db, { ...otherReport(), id: 'r2222222222222222', canonicalUrl: 'https://dw.example/floods-2', url: 'https://dw.example/floods-2' });
    const { kept, recount } = await countsAndRecount(db);
    expect(kept).toEqual(recount);
    expect(kept.reports).toBe(4);
  });

  it('migrates all the way from a version-1 store', async () => {
    const name = freshName();
    const old = await openDB(name, 1, { upgrade: (d, _o, _n, tx) => void MIGRATIONS[1]!(d, tx) });
    for (const report of v1.reports) await old.put('reports', report);
    old.close();
    db = await openReportStore(name);
    const { kept, recount } = await countsAndRecount(db);
    expect(recount.reports).toBe(2);
    expect(Object.keys(recount.df).length).toBeGreaterThan(6);
    expect(kept).toEqual(recount);
  });
});

describe('the version-3 migration and a full disk', () => {
  it('a fresh install writes nothing while opening (a full disk cannot fail the open)', async () => {
    const proto = globalThis.IDBObjectStore.prototype;
    const { put, clear } = proto;
    let writes = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      writes++;
      return put.apply(this, args);
    };
    proto.clear = function (this: IDBObjectStore) {
      writes++;
      return clear.apply(this);
    };
    try {
      db = await openReportStore(freshName());
    } finally {
      proto.put = put;
      proto.clear = clear;
    }
    expect(writes).toBe(0);
    expect(db.version).toBe(DB_VERSION);
  });

  it('a full disk during the migration of stored reports fails the open as a quota error, and leaves version 2', async () => {
    const name = freshName();
    await writeVersion2(name, [seedReport(0), seedReport(1)]);
    const proto = globalThis.IDBObjectStore.prototype;
    const { put } = proto;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'termCounts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    let error: unknown;
    try {
      error = await openReportStore(name).catch((e: unknown) => e);
    } finally {
      proto.put = put;
    }
    expect(isQuotaError(error)).toBe(true);
    const old = await openDB(name);
    expect(old.version).toBe(2);
    expect(await old.count('reports')).toBe(2);
    old.close();
  });
});
