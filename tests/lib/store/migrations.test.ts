import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { freshName } from './helpers';
import { DB_VERSION, MIGRATIONS, openReportStore, getReport, candidateIds, saveReport, getRevisions, type Database } from '../../../lib/store';
import type { Report } from '../../../lib/model';

/** Reports exactly as version 1 of the store wrote them (see fixtures/make-v1-fixture.ts). */
const v1 = JSON.parse(readFileSync(new URL('./fixtures/v1-reports.json', import.meta.url), 'utf8')) as { version: number; reports: Report[] };

/** Builds a version-1 database the way version 1 did, with the fixture's records. */
async function writeVersion1(name: string): Promise<void> {
  const old = await openDB(name, 1, { upgrade: (db, _o, _n, tx) => void MIGRATIONS[1]!(db, tx) });
  for (const report of v1.reports) await old.put('reports', report);
  old.close();
}

let db: Database | null = null;
afterEach(() => db?.close());

describe('store migrations', () => {
  it('the fixture is of version 1 and this store is newer', () => {
    expect(v1.version).toBe(1);
    expect(v1.reports).toHaveLength(2);
    expect(DB_VERSION).toBeGreaterThan(1);
  });

  it('reads every version-1 report intact after upgrading', async () => {
    const name = freshName();
    await writeVersion1(name);
    db = await openReportStore(name);
    expect(db.version).toBe(DB_VERSION);
    for (const report of v1.reports) expect(await getReport(db, report.id)).toEqual(report);
  });

  it('adds the indexes and stores of later versions and fills the terms of old reports', async () => {
    const name = freshName();
    await writeVersion1(name);
    db = await openReportStore(name);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'reports', 'revisions', 'termCounts']);
    expect([...db.transaction('reports').store.indexNames].sort()).toEqual(['canonicalUrl', 'capturedAt', 'publishedAt', 'terms']);
    const [a, b] = v1.reports;
    const stored = (await db.get('reports', a!.id))!;
    expect(stored.terms.length).toBeGreaterThan(3);
    expect(await candidateIds(db, stored.terms, a!.id)).toContain(b!.id);
  });

  it('a migrated store takes new versions of old reports as revisions', async () => {
    const name = freshName();
    await writeVersion1(name);
    db = await openReportStore(name);
    const old = v1.reports[1]!;
    const result = await saveReport(db, { ...old, text: old.text + ' Updated.', modifiedAt: '2022-01-08T00:00:00.000Z', capturedAt: '2026-11-01T00:00:00.000Z' });
    expect(result.outcome).toBe('replaced');
    expect((await getRevisions(db, old.id))[0]!.report.text).toBe(old.text);
  });

  it('a connection gives way to a newer version that wants to upgrade, and says so', async () => {
    const name = freshName();
    let closed = 0;
    db = await openReportStore(name, 1, { onClose: () => closed++ });
    const newer = await openReportStore(name, DB_VERSION);
    expect(closed).toBe(1);
    expect(newer.version).toBe(DB_VERSION);
    newer.close();
    db = null;
  });

  it('opening a fresh store creates the latest schema directly', async () => {
    db = await openReportStore(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'reports', 'revisions', 'termCounts']);
  });
});
