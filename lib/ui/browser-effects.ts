/** The panel's effects in a real extension page: tabs, clipboard, downloads, the options page. */
import { browser } from 'wxt/browser';
import type { PanelEffects } from './actions';
import type { Transport } from './transport';

export function browserEffects(transport: Transport): PanelEffects {
  return {
    transport,
    openUrl: (url) => void browser.tabs.create({ url }),
    copyText: (text) => navigator.clipboard.writeText(text),
    download: downloadText,
    openOptions: () => void browser.runtime.openOptionsPage(),
    locale: navigator.language || 'en',
  };
}

/** Saves text as a file through a Blob link (no "downloads" permission needed). */
export function downloadText(fileName: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
