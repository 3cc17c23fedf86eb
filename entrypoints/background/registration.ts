/**
 * Keeps the reader content script registered for exactly the domains the reader chose to capture
 * (enabled sources with auto-capture on) and for which the browser granted host access. Re-run when
 * the sources setting or the granted permissions change.
 */
import { browser } from 'wxt/browser';
import { sourcesSetting } from '@/lib/settings';
import { capturePatterns } from '@/lib/tabs';

export const READER_SCRIPT_ID = 'parallax-reader';
/** The content script's bundle, as WXT writes it for entrypoints/reader.content/. */
export const READER_FILE = '/content-scripts/reader.js';

/** The patterns the reader script should run on now: chosen and granted. */
export async function grantedCapturePatterns(): Promise<string[]> {
  return capturePatterns(await sourcesSetting.getValue(), (pattern) => browser.permissions.contains({ origins: [pattern] }));
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
