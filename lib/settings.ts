/**
 * Every stored setting, defined once, typed and versioned (WXT storage items in `local:`).
 * The options page edits them; the background reads them. Plain data only: no functions, no DOM.
 */
import { storage } from 'wxt/utils/storage';

/** An outlet the reader follows: where its pages live and where its feeds are. */
export interface Source {
  id: string;
  name: string;
  /** Host names without scheme ("rt.com"); subdomains are included. */
  domains: string[];
  /** Feed addresses (RSS 2.0, Atom, JSON Feed). */
  feeds: string[];
  enabled: boolean;
  /** Capture articles on these domains automatically (needs the host permission). */
  autoCapture: boolean;
}

/** The status of a source's last feed fetch, in words the reader understands. */
export interface SourceStatus {
  checkedAt: string;
  items: number;
  error: string | null;
  /** The host permission for the source's domains was denied or removed. */
  lacksAccess: boolean;
}

export const sourcesSetting = storage.defineItem<Source[]>('local:sources', { fallback: [], version: 1 });

export const sourceStatusSetting = storage.defineItem<Record<string, SourceStatus>>('local:sourceStatus', { fallback: {}, version: 1 });

/** Background gathering of other outlets' reports from the enabled feeds (off until the reader turns it on). */
export const gatheringSetting = storage.defineItem<{ enabled: boolean; pollMinutes: number }>('local:gathering', {
  fallback: { enabled: false, pollMinutes: 30 },
  version: 1,
});

/** Reports older than this many days are pruned (0 keeps them for ever). */
export const retentionDaysSetting = storage.defineItem<number>('local:retentionDays', { fallback: 90, version: 1 });

/** Whether the first-run welcome page was shown. */
export const welcomedSetting = storage.defineItem<boolean>('local:welcomed', { fallback: false, version: 1 });

/** The domains whose pages are captured automatically: enabled sources with auto-capture on. */
export function captureDomains(sources: readonly Source[]): string[] {
  return [...new Set(sources.filter((s) => s.enabled && s.autoCapture).flatMap((s) => s.domains))];
}

/**
 * When the reader last asked the options page to check the feeds now. The background watches it
 * and fetches every enabled source's feeds once (statuses only: no pages are gathered by it).
 */
export const feedCheckRequestSetting = storage.defineItem<number>('local:feedCheckRequestedAt', { fallback: 0, version: 1 });
