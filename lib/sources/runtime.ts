/**
 * Sources in the background, assembled: the polite fetcher, the feed cache and statuses, the
 * gatherer with the right page extractor for the browser (Chrome: offscreen document; Firefox:
 * the background page's DOMParser), the polling alarm, and access checks on startup and whenever
 * the browser's permissions change. The background supplies only its store and its UI updates.
 *
 * Browser APIs arrive as an argument, so that tests pass fakes and nothing runs at import.
 */
import type { Extraction } from '../extract/article';
import type { Article, Report } from '../model';
import { feedCheckRequestSetting, gatheringSetting, sourcesSetting, type Source } from '../settings';
import { storageFeedCache } from './feed-cache';
import { createPoliteFetcher } from './fetch';
import { createGatherer, type GatherProgress, type GatherResult } from './gather';
import { createItemMatcher } from './item-match';
import { createOffscreenExtractor, type OffscreenApi } from './offscreen-client';
import type { PortLike } from './offscreen-protocol';
import { domParserExtractor } from './page-extract';
import { originsFor, syncAccessStatus, type PermissionsApi } from './permissions';
import { createScheduler, type AlarmsApi } from './scheduler';
import { storageStatusStore } from './status';
import type { FeedItem } from './feed-model';

interface PermissionEvents {
  onAdded: { addListener(cb: () => void): void };
  onRemoved: { addListener(cb: () => void): void };
}

export interface SourcesBrowser {
  permissions: PermissionsApi & Partial<PermissionEvents>;
  alarms: AlarmsApi;
  runtime: { connect(info: { name: string }): unknown };
  /** Chrome only. */
  offscreen?: OffscreenApi;
}

export interface SourcesRuntimeDeps {
  browser: SourcesBrowser;
  /** Whether a report for this address is stored already. */
  hasReport(url: string): Promise<boolean>;
  /** Stores a gathered report (the background then refreshes comparisons, panel and badge). */
  saveReport(report: Report): Promise<void>;
  /** Reports read recently (say the last two days), for new feed items to be matched against. */
  recentReports(): Promise<Report[]>;
  onProgress?(progress: GatherProgress): void;
  onStored?(gathered: Report, forReport: Report): void;
  /** Defaults: the global fetch; the extractor for this browser; lib/sources/item-match. */
  fetch?: typeof fetch;
  extract?(html: string, url: string): Promise<Extraction>;
  matches?(report: Report, item: FeedItem): boolean;
  confirm?(report: Report, gathered: Report): boolean;
  analyse(article: Article, capturedAt: string): Report;
  onError?(error: unknown): void;
}

export interface SourcesRuntime {
  /** Gathers other outlets' reports of this report's event; null when gathering is off. */
  gatherFor(report: Report): Promise<GatherResult | null>;
  /** Polls the feeds now (the alarm does it on its own). */
  pollNow(): Promise<void>;
  /** Re-checks access and the alarm (also done on permission and setting changes). */
  refresh(): Promise<void>;
}

function chooseExtractor(browser: SourcesBrowser): (html: string, url: string) => Promise<Extraction> {
  if (browser.offscreen) {
    const client = createOffscreenExtractor({ offscreen: browser.offscreen, connect: (name) => browser.runtime.connect({ name }) as PortLike });
    return client.extract;
  }
  if (typeof DOMParser !== 'undefined') return domParserExtractor();
  return async () => ({ ok: false, reason: 'not-article', message: 'This browser cannot read pages in the background.' });
}

/**
 * @example
 * // entrypoints/background/index.ts, inside main():
 * const sources = startSources({ browser, analyse, hasReport, saveReport, recentReports, onProgress });
 * // after a report of the reader's is stored:
 * void sources.gatherFor(report);
 */
export function startSources(deps: SourcesRuntimeDeps): SourcesRuntime {
  const { browser } = deps;
  const status = storageStatusStore();
  const fetcher = createPoliteFetcher({ fetch: deps.fetch ?? ((input, init) => globalThis.fetch(input, init)) });
  const hasAccess = async (source: Source) => {
    const origins = originsFor(source);
    return !origins.length || (await browser.permissions.contains({ origins }).catch(() => false));
  };
  const gatherer = createGatherer({
    fetcher,
    feedCache: storageFeedCache(),
    status,
    getSources: () => sourcesSetting.getValue(),
    hasAccess,
    matches: deps.matches ?? createItemMatcher(),
    confirm: deps.confirm,
    extract: deps.extract ?? chooseExtractor(browser),
    analyse: deps.analyse,
    hasReport: deps.hasReport,
    saveReport: deps.saveReport,
    recentReports: deps.recentReports,
    onProgress: deps.onProgress,
    onStored: deps.onStored,
  });
  const scheduler = createScheduler({
    alarms: browser.alarms,
    getPrefs: () => gatheringSetting.getValue(),
    poll: () => gatherer.pollFeeds(),
    onError: deps.onError,
  });
  const refresh = async () => {
    await syncAccessStatus(browser.permissions, await sourcesSetting.getValue(), status);
    await scheduler.sync();
  };

  void scheduler.start().catch(deps.onError);
  void refresh().catch(deps.onError);
  browser.permissions.onAdded?.addListener(() => void refresh().catch(deps.onError));
  browser.permissions.onRemoved?.addListener(() => void refresh().catch(deps.onError));
  gatheringSetting.watch(() => void scheduler.sync().catch(deps.onError));
  sourcesSetting.watch(() => void refresh().catch(deps.onError));
  // "Check feeds now" on the options page: one check at a time, however often it is pressed.
  let checking: Promise<void> | null = null;
  feedCheckRequestSetting.watch(() => {
    checking ??= gatherer
      .checkFeeds()
      .catch(deps.onError)
      .finally(() => (checking = null));
  });

  return {
    async gatherFor(report) {
      if (!(await gatheringSetting.getValue()).enabled) return null;
      return gatherer.gatherFor(report);
    },
    pollNow: () => scheduler.pollNow(),
    refresh,
  };
}
