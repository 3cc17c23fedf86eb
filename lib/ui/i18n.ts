/**
 * UI strings through the browser's i18n (public/_locales/<lang>/messages.json), typed by the
 * English file. Outside an extension page (component tests, the command line) the browser has
 * no messages, so the same English file is read directly: one source of truth, never two copies.
 */
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The message for `key` with its `$1`..`$9` substitutions.
 *
 * @example
 * t('gatheringProgress', [3, 7]) // "Fetching 3 of 7 reports"
 * @returns The translated text, or the English text when the browser has none.
 */
export function t(key: MessageKey, substitutions: Array<string | number> = []): string {
  const subs = substitutions.map(String);
  const fromBrowser = browserMessage(key, subs);
  return fromBrowser || englishMessage(key, subs);
}

function browserMessage(key: string, subs: string[]): string {
  try {
    const i18n = (globalThis as { browser?: { i18n?: { getMessage?: (k: string, s?: string[]) => string } } }).browser?.i18n;
    return i18n?.getMessage?.(key, subs) ?? '';
  } catch {
    // Test doubles of `browser` throw "not implemented" for i18n; the English file answers instead.
    return '';
  }
}

/** Resolves named placeholders ($count$ -> "$1" -> value) the way the browsers do. */
export function englishMessage(key: string, subs: string[]): string {
  const entry = (en as Record<string, MessageEntry>)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, digit: string | undefined) => {
    if (digit) return subs[Number(digit) - 1] ?? '';
    const content = entry.placeholders?.[name!.toLowerCase()]?.content ?? entry.placeholders?.[name!]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
  });
}
