import { describe, expect, it, vi } from 'vitest';
import { countsAndRecount, freshName, otherReport, seedReport, storesClosedAfterEach } from './helpers';
import { clearAll, exportAll, forgetReport, importAll, openReportStore, pruneReports, saveReport, StoreError, termStats, candidateIds, toStored, type Database } from '../../../lib/store';

const open = storesClosedAfterEach();

async function expectExact(db: Database, reports: number): Promise<void> {
  const { kept, recount } = await countsAndRecount(db);
  expect(recount.reports).toBe(reports);
  expect(kept).toEqual(recount);
}

describe('term counts stay exact through every write', () => {
  it('save, unchanged, older copy, revision, forget and prune', async () => {
    const db = await open();
    await expectExact(db, 0);
    const a = seedReport(0, '2026-06-01T00:00:00.000Z');
    const b = seedReport(1, '2026-11-19T00:00:00.000Z');
    for (const r of [a, b, otherReport('2026-11-19T00:00:00.000Z')]) expect((await saveReport(db, r)).outcome).toBe('new');
    await expectExact(db, 3);
    expect((await saveReport(db, seedReport(1, '2026-11-19T01:00:00.000Z'))).outcome).toBe('unchanged');
    await expectExact(db, 3);
    // A revision with other words: the old version's terms leave, the new one's come in.
    const revised = { ...b, text: 'Kazakhstan: the Almaty mayor resigned after 164 deaths were confirmed by the Tokayev government.', title: 'Almaty mayor resigns', modifiedAt: '2022-01-09T00:00:00.000Z', capturedAt: '2026-11-19T02:00:00.000Z' };
    expect((await saveReport(db, revised)).outcome).toBe('replaced');
    await expectExact(db, 3);
    const before = await countsAndRecount(db);
    const stale = { ...b, text: 'A first draft about something else entirely, Astana.', modifiedAt: '2022-01-05T00:00:00.000Z', capturedAt: '2026-11-19T03:00:00.000Z' };
    expect((await saveReport(db, stale)).outcome).toBe('older');
    expect((await countsAndRecount(db)).kept).toEqual(before.kept);
    expect(await forgetReport(db, b.id)).toBe(true);
    await expectExact(db, 2);
    expect(await forgetReport(db, b.id)).toBe(false);
    await expectExact(db, 2);
    expect(await pruneReports(db, 90, Date.parse('2026-11-20T00:00:00.000Z'))).toBe(1);
    await expectExact(db, 1);
  });

  it('a report saved under a new id replaces the one stored under the old id in the counts too', async () => {
    const db = await open();
    const a = seedReport(0);
    await saveReport(db, { ...a, id: 'r00000000000000aa' });
    await saveReport(db, { ...a, text: a.text + ' More.' });
    await expectExact(db, 1);
  });

  it('import merge (overwriting same ids), import replace and delete all', async () => {
    const source = await open();
    for (const r of [seedReport(0), seedReport(1), otherReport()]) await saveReport(source, r);
    const file = await exportAll(source);
    const target = await open();
    await saveReport(target, seedReport(0));
    await saveReport(target, { ...otherReport(), id: 'r1111111111111111', canonicalUrl: 'https://elsewhere.example/a', url: 'https://elsewhere.example/a' });
    await importAll(target, file, 'merge');
    await expectExact(target, 4);
    // One id twice in a file: the later record is the one stored and counted.
    const twice = { ...file, reports: [...file.reports, { ...file.reports[0]!, terms: ['w:only-in-the-second-copy'] }] };
    await importAll(target, twice, 'merge');
    await expectExact(target, 4);
    expect((await termStats(target, ['w:only-in-the-second-copy'])).df('w:only-in-the-second-copy')).toBe(1);
    await importAll(target, file, 'replace');
    await expectExact(target, 3);
    await clearAll(target);
    await expectExact(target, 0);
  });

  it('a refused import changes no count', async () => {
    const db = await open();
    await saveReport(db, seedReport(0));
    const before = await countsAndRecount(db);
    await expect(importAll(db, { format: 'parallax-export', version: 1, reports: [{ id: 'x' }] })).rejects.toBeInstanceOf(StoreError);
    expect(await countsAndRecount(db)).toEqual(before);
  });

  it('reports written behind the store\'s back are counted again before matching reads the counts', async () => {
    const db = await open();
    const a = seedReport(0);
    const b = seedReport(1);
    await saveReport(db, a);
    // As an older build, or a harness writing IndexedDB directly, would leave it: no counts.
    await db.put('reports', { ...b, terms: (await import('../../../lib/store')).termsOf(b) });
    const stored = (await db.get('reports', a.id))!;
    expect(await candidateIds(db, stored.terms, a.id)).toEqual([b.id]);
    await expectExact(db, 2);
    expect((await termStats(db, stored.terms)).size).toBe(2);
  });

  it('reports deleted behind the store\'s back are noticed by the postings they no longer have', async () => {
    const db = await open();
    const [a, b, c] = [seedReport(0), seedReport(1), { ...seedReport(1), id: 'r3333333333333333', canonicalUrl: 'https://copy.example/rt', url: 'https://copy.example/rt' }];
    for (const r of [a, b, c]) await saveReport(db, r);
    await db.delete('reports', b.id);
    const stored = (await db.get('reports', a.id))!;
    expect(await candidateIds(db, stored.terms, a.id)).toEqual([c.id]);
    await expectExact(db, 2);
  });
});

describe('the frequency cache of a connection', () => {
  it('answers repeated questions without reading the store, and never an out-of-date frequency', async () => {
    const name = freshName();
    const db = await open(name);
    const a = seedReport(0);
    const b = seedReport(1);
    await saveReport(db, a);
    const terms = toStored(b).terms;
    const gets = vi.spyOn(globalThis.IDBObjectStore.prototype, 'get');
    const before = await termStats(db, terms);
    const reads = gets.mock.calls.length;
    expect(reads).toBeGreaterThan(terms.length - 1);
    await termStats(db, terms);
    // One get: the stamp that says nothing was written since.
    expect(gets.mock.calls.length).toBe(reads + 1);
    gets.mockRestore();
    // Each write drops the cache: the answers match a second connection's, which has none.
    const other = await open(name);
    const same = async () => {
      const [mine, theirs] = [await termStats(db, terms), await termStats(other, terms)];
      expect(mine.size).toBe(theirs.size);
      expect(terms.map((t) => mine.df(t))).toEqual(terms.map((t) => theirs.df(t)));
    };
    expect(before.size).toBe(1);
    await saveReport(db, b);
    await same();
    expect((await termStats(db, terms)).size).toBe(2);
    await forgetReport(db, a.id);
    await same();
    await importAll(db, await exportAll(db), 'replace');
    await same();
    await clearAll(db);
    await same();
    // A write through the other connection: this one's cache must not answer from before it.
    await saveReport(other, a);
    await same();
    expect((await termStats(db, terms)).size).toBe(1);
  });

  it('takes its own writes in instead of reading every frequency again, and still never answers out of date', async () => {
    const name = freshName();
    const db = await open(name);
    const other = await open(name);
    const a = seedReport(0);
    const b = seedReport(1);
    const terms = [...new Set([...toStored(a).terms, ...toStored(b).terms, ...toStored(otherReport()).terms])];
    const same = async () => {
      const [mine, theirs] = [await termStats(db, terms), await termStats(other, terms)];
      expect(mine.size).toBe(theirs.size);
      expect(terms.map((t) => mine.df(t))).toEqual(terms.map((t) => theirs.df(t)));
    };
    await saveReport(db, a);
    await termStats(db, terms);
    const gets = vi.spyOn(globalThis.IDBObjectStore.prototype, 'get');
    // Each case: a write through this connection, then whether the cache answered (one get: the stamp).
    const cases: Array<[string, () => Promise<unknown>, boolean]> = [
      ['a new report', () => saveReport(db, b), true],
      ['the same page again', () => saveReport(db, seedReport(1, '2026-11-02T10:00:00.000Z')), true],
      ['a revision with other words', () => saveReport(db, { ...b, text: 'Almaty: the mayor resigned after 164 deaths.', title: 'Mayor resigns', modifiedAt: '2022-01-09T00:00:00.000Z' }), true],
      // Another connection wrote first: this one's cache is of before that, so it is dropped.
      ['a write after another connection’s', async () => (await saveReport(other, otherReport()), saveReport(db, { ...a, text: `${a.text} Astana.` })), false],
    ];
    for (const [what, write, cached] of cases) {
      await write();
      const before = gets.mock.calls.length;
      await termStats(db, terms);
      expect(gets.mock.calls.length - before === 1, what).toBe(cached);
      await same();
    }
    gets.mockRestore();
  });
});
