/**
 * Chrome's offscreen document: the DOM the background service worker lacks. It parses fetched
 * pages (DOMParser: no scripts run, nothing loads) and extracts their articles for gathering.
 */
import { browser } from 'wxt/browser';
import { serveExtraction } from '@/lib/sources/offscreen-host';
import type { PortLike } from '@/lib/sources/offscreen-protocol';

browser.runtime.onConnect.addListener((port) => {
  serveExtraction(port as unknown as PortLike, browser.runtime.id, (html) => new DOMParser().parseFromString(html, 'text/html'));
});
