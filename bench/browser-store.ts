/**
 * The browser suite's work on the extension's report store: filling it with many reports, and
 * timing its terms index from an extension page (the same database the background uses).
 */
import type { Page } from 'playwright-core';
import type { Chrome } from './chrome-api';

/** What makes each of the written reports its own: its event terms, time and address. */
export interface StoredVariant {
  terms: string[];
  publishedAt: string;
  url: string;
}

/**
 * Writes stored reports straight into the extension's IndexedDB (the background's own store),
 * from an extension page: report i is template i mod n (real text, figures, attributions) with
 * the terms, time and address of variant i. Returns the number of reports stored afterwards.
 */
export async function storeReports(extPage: Page, dbName: string, templates: unknown[], variants: StoredVariant[]): Promise<number> {
  return extPage.evaluate(
    async ({ name, templates: list, variants: own }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (let from = 0; from < own.length; from += 1000) {
        const tx = db.transaction('reports', 'readwrite');
        const store = tx.objectStore('reports');
        for (let i = from; i < Math.min(own.length, from + 1000); i++) {
          const t = list[i % list.length] as Record<string, unknown>;
          const v = own[i]!;
          store.put({ ...t, id: `bench${i}`, url: v.url, canonicalUrl: v.url, outlet: `Bench Outlet ${i % 300}`, publishedAt: v.publishedAt, modifiedAt: null, capturedAt: v.publishedAt, terms: v.terms });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('reports').objectStore('reports').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    },
    { name: dbName, templates, variants },
  );
}

/**
 * What the background's store lookups cost with many reports: each of the tab's report's terms
 * looked up in the IndexedDB terms index (getAllKeys, as the candidate search does) and counted
 * (index.count, as the term statistics do), timed one by one from an extension page.
 */
export async function termIndexLookups(extPage: Page, dbName: string, tabId: number): Promise<{ terms: number; getAllKeys: number[]; count: number[]; keys: number }> {
  return extPage.evaluate(
    async ({ name, tab }) => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const state = (await api.runtime.sendMessage({ name: 'ui:tab-state', request: { tabId: tab } })) as { reportId?: string };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const ask = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const report = state.reportId ? ((await ask(db.transaction('reports').objectStore('reports').get(state.reportId))) as { terms?: string[] } | undefined) : undefined;
      const terms = [...new Set(report?.terms ?? [])];
      const getAllKeys: number[] = [];
      const count: number[] = [];
      let keys = 0;
      const index = () => db.transaction('reports').objectStore('reports').index('terms');
      for (const term of terms) {
        let start = performance.now();
        keys += (await ask(index().getAllKeys(term))).length;
        getAllKeys.push(performance.now() - start);
        start = performance.now();
        await ask(index().count(term));
        count.push(performance.now() - start);
      }
      db.close();
      return { terms: terms.length, getAllKeys, count, keys };
    },
    { name: dbName, tab: tabId },
  );
}
