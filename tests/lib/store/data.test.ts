import { describe, expect, it, vi } from 'vitest';
import { browserIn } from '../ui/browser-in';
import { storesClosedAfterEach, otherReport, seedReport } from './helpers';
import { openReportStore, saveReport, StoreError, type Database } from '../../../lib/store';
import { dataSummary, deleteData, exportData, importData } from '../../../lib/store/data';

const open = storesClosedAfterEach();

/** Three reports (one with an earlier version kept as a revision), captured on three days. */
async function filled(): Promise<Database> {
  const db = await open();
  const rt = seedReport(1, '2026-11-01T10:00:00.000Z');
  await saveReport(db, seedReport(0, '2026-10-30T08:00:00.000Z'));
  await saveReport(db, rt);
  await saveReport(db, { ...rt, text: rt.text + ' Updated: 26 killed.', modifiedAt: '2022-01-08T00:00:00.000Z', capturedAt: '2026-11-02T10:00:00.000Z' }, '2026-11-02T10:00:01.000Z');
  await saveReport(db, otherReport('2026-11-05T12:30:00.000Z'));
  return db;
}

/** Every record of both stores, as IndexedDB gives them back (deep-equal comparable). */
async function contents(db: Database) {
  return { reports: await db.getAll('reports'), revisions: await db.getAll('revisions') };
}

/** The term counts matching reads beside the reports: an import must leave them as saving did. */
async function counts(db: Database) {
  return { terms: await db.getAll('termCounts'), reports: await db.get('meta', 'reports') };
}

describe('your data: export, delete, import', () => {
  it('round-trips exactly: export -> delete -> import gives the same records', async () => {
    const db = await filled();
    const before = await contents(db);
    const countsBefore = await counts(db);
    expect(countsBefore.reports).toBe(3);
    expect(before.reports).toHaveLength(3);
    expect(before.revisions).toHaveLength(1);

    const exported = await exportData(db, { retentionDays: 30, sources: [{ id: 's1', name: 'RT' }] }, '2026-11-20T00:00:00.000Z');
    expect(exported).toMatchObject({ reports: 3, revisions: 1 });
    const file = JSON.parse(exported.json);
    expect(file).toMatchObject({ format: 'parallax-export', exportedAt: '2026-11-20T00:00:00.000Z', settings: { retentionDays: 30 } });

    expect(await deleteData(db)).toEqual({ reports: 3, revisions: 1 });
    expect(await contents(db)).toEqual({ reports: [], revisions: [] });
    expect((await counts(db)).terms).toEqual([]);

    expect(await importData(db, exported.json)).toEqual({ reports: 3, revisions: 1 });
    expect(await contents(db)).toEqual(before);
    expect(await counts(db)).toEqual(countsBefore);
    // And exporting again writes the same file (key order aside: validation lists known fields first).
    expect(JSON.parse((await exportData(db, { retentionDays: 30, sources: [{ id: 's1', name: 'RT' }] }, '2026-11-20T00:00:00.000Z')).json)).toEqual(file);
  });

  it('keeps non-Latin text and astral characters intact through the file', async () => {
    const db = await open();
    const report = { ...otherReport(), title: 'Überschwemmung 🌊 洪水', outlet: 'Ліга' };
    await saveReport(db, report);
    const before = await contents(db);
    const { json } = await exportData(db);
    await deleteData(db);
    await importData(db, json);
    expect(await contents(db)).toEqual(before);
  });

  it('replace mode leaves only the file\'s reports', async () => {
    const source = await filled();
    const { json } = await exportData(source);
    const target = await open();
    await saveReport(target, { ...otherReport(), id: 'r2222222222222222', canonicalUrl: 'https://elsewhere.example/b', url: 'https://elsewhere.example/b' });
    await importData(target, json, 'replace');
    expect(await contents(target)).toEqual(await contents(source));
  });

  const valid = () => ({ format: 'parallax-export', version: 2, exportedAt: '2026-11-20T00:00:00.000Z', reports: [] as unknown[], revisions: [] as unknown[] });
  it.each([
    ['text that is not JSON', () => '{"format": "parallax-export", ', /not JSON/],
    ['JSON of another program', () => JSON.stringify({ format: 'bookmarks', items: [] }), /not a Parallax export/],
    ['a bare array', () => '[1, 2, 3]', /not a Parallax export/],
    ['a newer store version', () => JSON.stringify({ ...valid(), version: 999 }), /newer Parallax/],
    ['one broken report among good ones', async () => {
      const file = JSON.parse((await exportData(await filled())).json);
      file.reports[1] = { ...file.reports[1], capturedAt: 'yesterday' };
      return JSON.stringify(file);
    }, /reports\.1\.capturedAt/],
    ['a revision without its report', async () => {
      const file = JSON.parse((await exportData(await filled())).json);
      delete file.revisions[0].report;
      return JSON.stringify(file);
    }, /revisions\.0\.report/],
  ])('refuses %s in words, changing nothing', async (_label, make, words) => {
    const db = await filled();
    const before = await contents(db);
    const json = await make();
    const error = await importData(db, json, 'replace').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('invalid');
    expect((error as StoreError).message).toMatch(words);
    expect(await contents(db)).toEqual(before);
    expect((await counts(db)).reports).toBe(3);
  });

  it.each([
    ['es', '{"format": "parallax-export", ', 'Este archivo no es JSON, así que no es una exportación de Parallax.'],
    ['de', JSON.stringify({ format: 'parallax-export', version: 999, exportedAt: '2026-11-20T00:00:00.000Z', reports: [], revisions: [] }), 'Diese Datei stammt von einer neueren Parallax-Version (Speicherversion 999); aktualisieren Sie zuerst die Erweiterung.'],
  ])('says why in the reader\'s language (%s)', async (lang, json, message) => {
    vi.stubGlobal('browser', browserIn(lang as 'es' | 'de'));
    try {
      const error = await importData(await open(), json).catch((e: unknown) => e);
      expect((error as StoreError).message).toBe(message);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('your data: summary', () => {
  it('counts reports and revisions, their capture span, and about the export\'s size', async () => {
    const db = await filled();
    const summary = await dataSummary(db);
    expect(summary).toMatchObject({ reports: 3, revisions: 1, oldestCapture: '2026-10-30T08:00:00.000Z', newestCapture: '2026-11-05T12:30:00.000Z' });
    const { json } = await exportData(db);
    // The records' JSON without the file's envelope and separators: within a few hundred characters.
    expect(summary.bytes).toBeGreaterThan(json.length - 300);
    expect(summary.bytes).toBeLessThanOrEqual(json.length);
  });

  it('says there is nothing for an empty store', async () => {
    expect(await dataSummary(await open())).toEqual({ reports: 0, revisions: 0, oldestCapture: null, newestCapture: null, bytes: 0 });
  });
});
