/**
 * Refreshing one source's feeds: a conditional request per feed, the items parsed, the cache and
 * the source's status updated. A failed fetch or a feed that is not a feed keeps the items and
 * validators of the last good fetch (nothing stored wrong) and says what happened in words.
 */
import type { Source } from '../settings';
import type { FeedCache, FeedCacheEntry } from './feed-cache';
import type { FeedItem } from './feed-model';
import { parseFeed } from './feeds';
import { FEED_MAX_BYTES, type PoliteFetcher } from './fetch';
import type { StatusStore } from './status';
import { belongsTo } from './domains';
import { t } from '../ui/i18n';

export const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

export interface RefreshDeps {
  fetcher: PoliteFetcher;
  feedCache: FeedCache;
  status: StatusStore;
  now: () => number;
}

export interface FeedItems {
  source: Source;
  items: FeedItem[];
  /** Items that were not in the feed at the previous check (all of them on the first). */
  fresh: FeedItem[];
}

async function refreshFeed(deps: RefreshDeps, feedUrl: string): Promise<{ entry: FeedCacheEntry; fresh: FeedItem[] }> {
  const previous = await deps.feedCache.get(feedUrl);
  const checkedAt = new Date(deps.now()).toISOString();
  const keep = (error: string): FeedCacheEntry => ({
    checkedAt,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
    items: previous?.items ?? [],
    error,
  });
  const result = await deps.fetcher.fetchText({ url: feedUrl, maxBytes: FEED_MAX_BYTES, accept: FEED_ACCEPT, validators: previous ?? undefined });
  let entry: FeedCacheEntry;
  let fresh: FeedItem[] = [];
  if (!result.ok) {
    entry = keep(result.message);
  } else if (result.notModified) {
    entry = { ...keep(''), error: null, etag: result.etag, lastModified: result.lastModified };
  } else {
    const parsed = parseFeed(result.text, { url: result.finalUrl, contentType: result.contentType, now: deps.now() });
    if (!parsed.ok) {
      // Validators of a wrong answer must not be kept: the next request asks for the whole feed again.
      entry = keep(parsed.message);
    } else {
      const seen = new Set((previous?.items ?? []).map((i) => i.id));
      fresh = parsed.feed.items.filter((i) => !seen.has(i.id));
      entry = { checkedAt, etag: result.etag, lastModified: result.lastModified, items: parsed.feed.items, error: null };
    }
  }
  await deps.feedCache.set(feedUrl, entry);
  return { entry, fresh };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * When no item links to the source's own domains (an aggregator's feed, or a domain missing from
 * the source), nothing can be gathered from it: say so, naming where the items do link.
 */
function offDomainHosts(items: FeedItem[], source: Source): string | null {
  if (!items.length || items.some((i) => belongsTo(i.url, source))) return null;
  const hosts = [...new Set(items.map((i) => hostOf(i.url)))];
  const named = hosts.slice(0, 3).join(', ') + (hosts.length > 3 ? '…' : '');
  return t('feedOffDomain', [named]);
}

/**
 * Fetches every feed of a source (the fetcher keeps it polite) and records the status.
 * @returns the source's items, newest first where dated.
 */
export async function refreshSource(deps: RefreshDeps, source: Source): Promise<FeedItems> {
  const results = await Promise.all(source.feeds.map(async (feed) => ({ feed, ...(await refreshFeed(deps, feed)) })));
  const items = dedupe(results.flatMap((r) => r.entry.items));
  const errors = results.filter((r) => r.entry.error).map((r) => (results.length > 1 ? `${hostOf(r.feed)}: ${r.entry.error}` : r.entry.error!));
  const elsewhere = offDomainHosts(items, source);
  if (elsewhere) errors.push(elsewhere);
  await deps.status.update(source.id, {
    checkedAt: new Date(deps.now()).toISOString(),
    items: items.length,
    error: errors.length ? errors.join(' ') : null,
    lacksAccess: false,
  });
  return { source, items, fresh: dedupe(results.flatMap((r) => r.fresh)) };
}

/** The cached items of a source without fetching, and whether any feed is older than maxAgeMs. */
export async function cachedItems(deps: Pick<RefreshDeps, 'feedCache' | 'now'>, source: Source, maxAgeMs: number): Promise<{ items: FeedItem[]; stale: boolean }> {
  const entries = await Promise.all(source.feeds.map((f) => deps.feedCache.get(f)));
  const stale = entries.some((e) => !e || deps.now() - Date.parse(e.checkedAt) > maxAgeMs);
  return { items: dedupe(entries.flatMap((e) => e?.items ?? [])), stale };
}

function dedupe(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  const out = items.filter((i) => !seen.has(i.url) && (seen.add(i.url), true));
  return out.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
}
