/** Shared set-up for the store tests: a fresh fake IndexedDB per test and the two seed reports. */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { openReportStore } from '../../../lib/store';
import { analyse } from '../../../lib/report';
import { articleFromText } from '../../../lib/extract/article';
import type { Article, Report } from '../../../lib/model';

const seeds = new URL('../../../../shared/seeds/', import.meta.url);

let counter = 0;
/** A database name no other test uses (fake-indexeddb is one global factory). */
export function freshName(): string {
  return `parallax-test-${process.pid}-${++counter}`;
}

export function seedArticle(index: 0 | 1, overrides: Partial<Article> = {}): Article {
  const file = index === 0 ? '000_9949106f77b81d0f.txt' : '001_e511eae1e698049f.txt';
  const outlet = index === 0 ? 'teleSUR English' : 'RT';
  const url = index === 0 ? 'https://telesur.example/news/kazakhstan-20220106.html' : 'https://rt.example/russia/545121-kazakhstan/';
  return { ...articleFromText(readFileSync(new URL(file, seeds), 'utf8'), outlet), url, canonicalUrl: url, ...overrides };
}

export function seedReport(index: 0 | 1, capturedAt = '2026-11-01T10:00:00.000Z', overrides: Partial<Article> = {}): Report {
  return analyse(seedArticle(index, overrides), capturedAt);
}

/** A short unrelated report (another event, another vocabulary). */
export function otherReport(capturedAt = '2026-11-01T10:00:00.000Z'): Report {
  const text = 'Heavy rain flooded the Ahr valley in Germany on Thursday. Rescuers in Rhineland-Palatinate said 40 people were missing after the river burst its banks near Schuld.';
  return analyse({ url: 'https://dw.example/floods', canonicalUrl: 'https://dw.example/floods', outlet: 'DW', title: 'Floods in the Ahr valley', byline: null, lang: 'en', publishedAt: '2021-07-15T08:00:00.000Z', modifiedAt: null, text }, capturedAt);
}

/**
 * The term counts as they should be, computed from the stored reports directly, beside the
 * counts the store keeps (lib/store/counts.ts): the two must always agree.
 */
export async function countsAndRecount(db: import('../../../lib/store').Database): Promise<{ kept: { reports: number; df: Record<string, number> }; recount: { reports: number; df: Record<string, number> } }> {
  const reports = await db.getAll('reports');
  const recount: Record<string, number> = {};
  for (const report of reports) for (const term of new Set(report.terms)) recount[term] = (recount[term] ?? 0) + 1;
  const kept: Record<string, number> = {};
  for (const { term, df } of await db.getAll('termCounts')) kept[term] = df;
  return { kept: { reports: (await db.get('meta', 'reports')) ?? 0, df: kept }, recount: { reports: reports.length, df: recount } };
}

/**
 * A fresh store per call, each closed after the test (register in a test file's top level).
 * @example const open = storesClosedAfterEach(); const db = await open();
 */
export function storesClosedAfterEach(): (name?: string) => Promise<import('../../../lib/store').Database> {
  const dbs: Array<import('../../../lib/store').Database> = [];
  afterEach(() => {
    dbs.splice(0).forEach((db) => db.close());
  });
  return async (name = freshName()) => {
    const db = await openReportStore(name);
    dbs.push(db);
    return db;
  };
}
