import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { storesClosedAfterEach, otherReport, seedReport } from './helpers';
import { clearAll, exportAll, importAll, openReportStore, saveReport, StoreError, type Database } from '../../../lib/store';

const open = storesClosedAfterEach();

async function filled(): Promise<Database> {
  const db = await open();
  const first = seedReport(1, '2026-11-01T10:00:00.000Z');
  await saveReport(db, seedReport(0));
  await saveReport(db, first);
  await saveReport(db, { ...first, text: first.text + ' Updated: 26 killed.', modifiedAt: '2022-01-08T00:00:00.000Z', capturedAt: '2026-11-02T10:00:00.000Z' }, '2026-11-02T10:00:01.000Z');
  await saveReport(db, otherReport());
  return db;
}

describe('export and import', () => {
  it('round-trips everything exactly, through JSON text', async () => {
    const source = await filled();
    const file = await exportAll(source, '2026-11-20T00:00:00.000Z');
    expect(file.reports).toHaveLength(3);
    expect(file.revisions).toHaveLength(1);
    const target = await open();
    expect(await importAll(target, JSON.parse(JSON.stringify(file)))).toEqual({ reports: 3, revisions: 1 });
    expect(await exportAll(target, '2026-11-20T00:00:00.000Z')).toEqual(file);
  });

  it('replace clears what was there; merge keeps it', async () => {
    const file = await exportAll(await filled());
    const target = await open();
    await saveReport(target, { ...otherReport(), id: 'r1111111111111111', canonicalUrl: 'https://elsewhere.example/a', url: 'https://elsewhere.example/a' });
    await importAll(target, file, 'merge');
    expect(await target.count('reports')).toBe(4);
    await importAll(target, file, 'replace');
    expect(await target.count('reports')).toBe(3);
    await clearAll(target);
    expect(await target.count('reports')).toBe(0);
  });

  it('imports a version-1 file, adding the terms version 2 indexes', async () => {
    const v1 = JSON.parse(readFileSync(new URL('./fixtures/v1-reports.json', import.meta.url), 'utf8'));
    const target = await open();
    await importAll(target, { format: 'parallax-export', version: 1, exportedAt: '2022-01-08T00:00:00.000Z', reports: v1.reports });
    const stored = await target.get('reports', v1.reports[0].id);
    expect(stored!.terms.length).toBeGreaterThan(3);
  });

  it.each([
    ['not an object', 'hello'],
    ['another format', { format: 'other', version: 1, reports: [] }],
    ['a report without text', { format: 'parallax-export', version: 2, reports: [{ id: 'r1', title: 't' }] }],
    ['a newer store version', { format: 'parallax-export', version: 99, reports: [] }],
  ])('rejects %s and stores nothing', async (_label, data) => {
    const target = await open();
    const error = await importAll(target, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('invalid');
    expect(await target.count('reports')).toBe(0);
  });
});
