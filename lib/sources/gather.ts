/**
 * Gathering other outlets' reports of an event, from the feeds of the sources the reader enabled.
 * When a report is stored, the feeds' items are matched to it on title and summary; the matching
 * pages (only on their own source's domains) are fetched politely, extracted with Readability,
 * analysed and stored. Progress is reported as "done of total". Feeds are also polled on an
 * alarm (scheduler.ts), and new items matched against the reports read recently.
 *
 * Everything browser-specific is injected, so the background wires it and tests fake it.
 */
import type { Extraction } from '../extract/article';
import type { Article, Report } from '../model';
import type { Source } from '../settings';
import type { FeedCache } from './feed-cache';
import type { FeedItem } from './feed-model';
import { PAGE_MAX_BYTES, type PoliteFetcher } from './fetch';
import { belongsTo } from './domains';
import { cachedItems, refreshSource, type FeedItems } from './refresh';
import type { StatusStore } from './status';

/** Feeds checked more recently than this are not fetched again before gathering. */
export const FEED_FRESH_MS = 10 * 60_000;
/** At most this many pages are fetched for one event: enough outlets to compare, not a crawl. */
export const MAX_PAGES_PER_EVENT = 8;
/** A page that could not be gathered is not asked for again before this. */
export const FAILED_PAGE_WAIT_MS = 6 * 3_600_000;
/** Bodies that are certainly not pages (servers label HTML text/plain often enough to allow that). */
const NOT_A_PAGE = /^\s*(image|audio|video|font)\/|^\s*application\/(pdf|octet-stream|zip|gzip)/i;
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';

export interface GatherProgress {
  reportId: string;
  done: number;
  total: number;
}

export interface GathererDeps {
  fetcher: PoliteFetcher;
  feedCache: FeedCache;
  status: StatusStore;
  getSources(): Promise<Source[]>;
  /** Whether the browser grants the source's host access (permissions.ts checkAccess). */
  hasAccess(source: Source): Promise<boolean>;
  /** Whether a feed item (title + summary) is on the report's event. */
  matches(report: Report, item: FeedItem): boolean;
  /** A final check on the fetched report; when false it is not stored. Optional. */
  confirm?(report: Report, gathered: Report): boolean;
  /** Page HTML -> article (Chrome: an offscreen document; Firefox: the background's DOMParser). */
  extract(html: string, url: string): Promise<Extraction>;
  analyse(article: Article, capturedAt: string): Report;
  /** Whether a report for this address is already stored (nothing is fetched twice). */
  hasReport(url: string): Promise<boolean>;
  saveReport(report: Report): Promise<void>;
  /** Reports read recently, to match new feed items against when polling. */
  recentReports?(): Promise<Report[]>;
  onProgress?(progress: GatherProgress): void;
  onStored?(gathered: Report, forReport: Report): void;
  now?: () => number;
  maxPagesPerEvent?: number;
}

export interface GatherResult {
  stored: Report[];
  failed: Array<{ url: string; message: string }>;
}

export interface Gatherer {
  /** Finds, fetches and stores other outlets' reports of this report's event. */
  gatherFor(report: Report): Promise<GatherResult>;
  /** Fetches every enabled feed; gathers new items that match recent reports. */
  pollFeeds(): Promise<GatherResult>;
  /** Fetches every enabled feed to update the sources' statuses; gathers nothing. */
  checkFeeds(): Promise<void>;
}

function sameAddress(a: string, b: string | null): boolean {
  return !!b && a.replace(/\/$/, '') === b.replace(/\/$/, '');
}

/** @example const gatherer = createGatherer({ fetcher, feedCache, status, ... }); await gatherer.gatherFor(report); */
export function createGatherer(deps: GathererDeps): Gatherer {
  const now = deps.now ?? Date.now;
  const refreshDeps = { fetcher: deps.fetcher, feedCache: deps.feedCache, status: deps.status, now };
  const inFlight = new Map<string, Promise<GatherResult>>();
  const pagesInFlight = new Set<string>();
  // Pages stored in this session: a page's canonical address can differ from the feed's link, so
  // hasReport(link) may miss it; this keeps such a page from being fetched again.
  const fetched = new Set<string>();
  // Pages that failed (not an article, another event, an error) wait before they are tried again.
  const failedUntil = new Map<string, number>();

  /** Enabled sources with feeds and host access; those without access are marked so. */
  async function usableSources(): Promise<Source[]> {
    const sources = (await deps.getSources()).filter((s) => s.enabled && s.feeds.length);
    const access = await Promise.all(sources.map((s) => deps.hasAccess(s)));
    // The options page words the missing access itself (with a button to ask again).
    await Promise.all(sources.map((s, i) => (access[i] ? null : deps.status.update(s.id, { lacksAccess: true }))));
    return sources.filter((_, i) => access[i]);
  }

  async function itemsFor(source: Source): Promise<FeedItems> {
    const cached = await cachedItems(refreshDeps, source, FEED_FRESH_MS);
    return cached.stale ? refreshSource(refreshDeps, source) : { source, items: cached.items, fresh: [] };
  }

  /** The items worth fetching for a report: matching, on their source's domains, not stored yet. */
  async function candidates(report: Report, lists: FeedItems[]): Promise<Array<{ item: FeedItem; source: Source }>> {
    const out: Array<{ item: FeedItem; source: Source }> = [];
    const seen = new Set<string>();
    for (const { source, items } of lists) {
      // The report's own outlet is skipped: the point is what the other outlets say.
      if (report.url && belongsTo(report.url, source)) continue;
      for (const item of items) {
        if (seen.has(item.url) || !belongsTo(item.url, source)) continue;
        if (sameAddress(item.url, report.url) || sameAddress(item.url, report.canonicalUrl)) continue;
        if (!deps.matches(report, item)) continue;
        seen.add(item.url);
        out.push({ item, source });
      }
    }
    const fresh = [];
    const skip = (url: string) => pagesInFlight.has(url) || fetched.has(url) || (failedUntil.get(url) ?? 0) > now();
    for (const c of out) if (!skip(c.item.url) && !(await deps.hasReport(c.item.url))) fresh.push(c);
    return fresh.slice(0, deps.maxPagesPerEvent ?? MAX_PAGES_PER_EVENT);
  }

  async function fetchReport(item: FeedItem, source: Source): Promise<Report | string> {
    const page = await deps.fetcher.fetchText({ url: item.url, maxBytes: PAGE_MAX_BYTES, accept: PAGE_ACCEPT });
    if (!page.ok) return page.message;
    if (page.notModified) return 'The page did not change.';
    // A redirect away from the outlet's own domains is not followed into the store.
    if (!belongsTo(page.finalUrl, source)) return `The page moved to another site (${new URL(page.finalUrl).host}).`;
    if (page.contentType && NOT_A_PAGE.test(page.contentType)) return 'The address is not a web page.';
    const extraction = await deps.extract(page.text, page.finalUrl);
    if (!extraction.ok) return extraction.message;
    const article: Article = { ...extraction.article, url: extraction.article.url ?? page.finalUrl, publishedAt: extraction.article.publishedAt ?? item.publishedAt };
    return deps.analyse(article, new Date(now()).toISOString());
  }

  async function gatherItems(report: Report, chosen: Array<{ item: FeedItem; source: Source }>): Promise<GatherResult> {
    const result: GatherResult = { stored: [], failed: [] };
    const total = chosen.length;
    let done = 0;
    if (total) deps.onProgress?.({ reportId: report.id, done, total });
    for (const { item } of chosen) pagesInFlight.add(item.url);
    // One page after another per host is the fetcher's job; pages of different hosts go together.
    await Promise.all(
      chosen.map(async ({ item, source }) => {
        const fail = (message: string) => {
          result.failed.push({ url: item.url, message });
          if (failedUntil.size > 10_000) failedUntil.clear();
          failedUntil.set(item.url, now() + FAILED_PAGE_WAIT_MS);
        };
        try {
          const gathered = await fetchReport(item, source);
          if (typeof gathered === 'string') fail(gathered);
          else if (deps.confirm && !deps.confirm(report, gathered)) fail('The page turned out to be about another event.');
          else {
            await deps.saveReport(gathered);
            if (fetched.size > 10_000) fetched.clear();
            fetched.add(item.url);
            result.stored.push(gathered);
            deps.onStored?.(gathered, report);
          }
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        } finally {
          pagesInFlight.delete(item.url);
          deps.onProgress?.({ reportId: report.id, done: ++done, total });
        }
      }),
    );
    return result;
  }

  async function gatherFor(report: Report): Promise<GatherResult> {
    const running = inFlight.get(report.id);
    if (running) return running;
    const task = (async () => {
      const sources = await usableSources();
      const lists = await Promise.all(sources.map(itemsFor));
      return gatherItems(report, await candidates(report, lists));
    })();
    inFlight.set(report.id, task);
    try {
      return await task;
    } finally {
      inFlight.delete(report.id);
    }
  }

  async function pollFeeds(): Promise<GatherResult> {
    const sources = await usableSources();
    const lists = await Promise.all(sources.map((s) => refreshSource(refreshDeps, s)));
    await deps.feedCache.keepOnly((await deps.getSources()).flatMap((s) => s.feeds));
    const total: GatherResult = { stored: [], failed: [] };
    const recent = (await deps.recentReports?.()) ?? [];
    if (!recent.length) return total;
    const freshLists = lists.map((l) => ({ ...l, items: l.fresh })).filter((l) => l.items.length);
    for (const report of recent) {
      const chosen = await candidates(report, freshLists);
      const result = await gatherItems(report, chosen);
      total.stored.push(...result.stored);
      total.failed.push(...result.failed);
    }
    return total;
  }

  async function checkFeeds(): Promise<void> {
    const sources = await usableSources();
    await Promise.all(sources.map((s) => refreshSource(refreshDeps, s)));
  }

  return { gatherFor, pollFeeds, checkFeeds };
}
