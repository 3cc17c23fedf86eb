/**
 * Keeps the reader content script registered for exactly the domains the reader chose to capture
 * (enabled sources with auto-capture on) and for which the browser granted host access. Re-run when
 * the sources setting or the granted permissions change.
 */
import { browser } from 'wxt/browser';
import { captureDomains, sourcesSetting } from '@/lib/settings';

export const READER_SCRIPT_ID = 'parallax-reader';
/** The content script's bundle, as WXT writes it for entrypoints/reader.content/. */
export const READER_FILE = '/content-scripts/reader.js';

/** Match patterns for a domain and its subdomains ("rt.com" -> *://rt.com/*, *://*.rt.com/*). */
export function domainPatterns(domain: string): string[] {
  const host = domain.trim().toLowerCase().replace(/^\*\./, '');
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.') && host !== 'localhost') return [];
  return /^[\d.]+$/.test(host) || host === 'localhost' ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`];
}

/** The patterns the reader script should run on now: chosen and granted. */
export async function grantedCapturePatterns(): Promise<string[]> {
  const patterns = captureDomains(await sourcesSetting.getValue()).flatMap(domainPatterns);
  const granted: string[] = [];
  for (const pattern of patterns) {
    if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
  }
  return granted;
}

let syncing: Promise<void> = Promise.resolve();

/** Registers (or unregisters) the reader script to match the settings; calls never overlap. */
export function syncReaderRegistration(): Promise<void> {
  syncing = syncing.then(async () => {
    const matches = await grantedCapturePatterns();
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [READER_SCRIPT_ID] }).catch(() => []);
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [READER_SCRIPT_ID] });
    if (!matches.length) return;
    await browser.scripting.registerContentScripts([
      { id: READER_SCRIPT_ID, js: [READER_FILE.slice(1)], matches, runAt: 'document_idle', allFrames: false, persistAcrossSessions: true },
    ]);
  }).catch((error: unknown) => console.warn('[parallax] could not register the reader for the chosen sources', error));
  return syncing;
}

/** Re-syncs whenever sources or permissions change. */
export function watchReaderRegistration(): void {
  void syncReaderRegistration();
  sourcesSetting.watch(() => void syncReaderRegistration());
  browser.permissions.onAdded.addListener(() => void syncReaderRegistration());
  browser.permissions.onRemoved.addListener(() => void syncReaderRegistration());
}
