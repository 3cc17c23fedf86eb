/**
 * What Parallax remembers of each feed between polls: its validators for conditional requests,
 * the items it last listed, and when it was checked. Kept in extension storage (local, never
 * synced), small: items are capped and summaries cut when parsed.
 */
import { storage } from 'wxt/utils/storage';
import type { FeedItem } from './feed-model';

export interface FeedCacheEntry {
  checkedAt: string;
  etag: string | null;
  lastModified: string | null;
  items: FeedItem[];
  /** The last fetch's problem in words; null when it went well. */
  error: string | null;
}

export interface FeedCache {
  get(url: string): Promise<FeedCacheEntry | null>;
  set(url: string, entry: FeedCacheEntry): Promise<void>;
  /** Forgets every feed not in `urls` (feeds of removed sources). */
  keepOnly(urls: readonly string[]): Promise<void>;
}

export const feedCacheItem = storage.defineItem<Record<string, FeedCacheEntry>>('local:feedCache', { fallback: {}, version: 1 });

interface RecordItem {
  getValue(): Promise<Record<string, FeedCacheEntry>>;
  setValue(value: Record<string, FeedCacheEntry>): Promise<void>;
}

/** A cache over one storage record. Writes are queued: feeds of different hosts finish together. */
export function storageFeedCache(item: RecordItem = feedCacheItem): FeedCache {
  let writes: Promise<unknown> = Promise.resolve();
  const update = (change: (all: Record<string, FeedCacheEntry>) => Record<string, FeedCacheEntry>): Promise<void> => {
    const next = writes.then(async () => item.setValue(change(await item.getValue())));
    writes = next.catch(() => undefined);
    return next;
  };
  return {
    async get(url) {
      await writes;
      return (await item.getValue())[url] ?? null;
    },
    set: (url, entry) => update((all) => ({ ...all, [url]: entry })),
    keepOnly: (urls) => update((all) => Object.fromEntries(Object.entries(all).filter(([url]) => urls.includes(url)))),
  };
}

/** A cache in memory, for tests and for the command. */
export function memoryFeedCache(): FeedCache & { entries: Map<string, FeedCacheEntry> } {
  const entries = new Map<string, FeedCacheEntry>();
  return {
    entries,
    get: async (url) => entries.get(url) ?? null,
    set: async (url, entry) => void entries.set(url, entry),
    keepOnly: async (urls) => {
      for (const url of [...entries.keys()]) if (!urls.includes(url)) entries.delete(url);
    },
  };
}
