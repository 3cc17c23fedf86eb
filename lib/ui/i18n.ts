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

type BrowserI18n = { getMessage?: (k: string, s?: string[]) => string; getUILanguage?: () => string };

/**
 * The extension's i18n: `browser` where the browser names it so (Firefox; Chrome from 148),
 * else `chrome` (older Chrome has no `browser` global, and its readers would see only English).
 */
function extensionI18n(): BrowserI18n | undefined {
  const globals = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  return globals.browser?.i18n ?? globals.chrome?.i18n;
}

/**
 * Chrome's getMessage costs a trip through the extension bindings each call (3-4 ms per panel
 * render, issue 9), and a panel asks for the same few dozen strings again per row. So each key is
 * asked once, with markers in place of its substitutions, and later calls fill the markers in.
 * Kept per i18n object: a test that swaps `browser` starts afresh.
 */
// Private-use characters: no message holds them, and Chrome drops NUL from substitutions.
const MARKERS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe001 + i));
const MARKER = /[\ue001-\ue009]/g;
const templates = new WeakMap<BrowserI18n, Map<string, string>>();

/**
 * A message about `count` things, in the singular where the interface language's plural rules
 * call the count "one" ("1 difference", in French also "0 différence") and `<key>One` exists.
 * The extension i18n API has no plurals, so each counted message has a `<key>One` twin.
 *
 * @example
 * tn('differenceCount', 1) // "1 difference"
 */
export function tn(key: MessageKey, count: number, substitutions: Array<string | number> = [count]): string {
  const one = `${key}One`;
  if (one in en && pluralOf(count) === 'one') return t(one as MessageKey, substitutions);
  return t(key, substitutions);
}

let rules: Intl.PluralRules | null = null;

function pluralOf(count: number): Intl.LDMLPluralRule {
  rules ??= new Intl.PluralRules(interfaceLanguage());
  return rules.select(count);
}

/** The browser's interface language, the one its i18n picks messages in. */
function interfaceLanguage(): string {
  try {
    return extensionI18n()?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

function browserMessage(key: string, subs: string[]): string {
  try {
    const i18n = extensionI18n();
    if (!i18n?.getMessage) return '';
    let known = templates.get(i18n);
    if (!known) templates.set(i18n, (known = new Map()));
    let template = known.get(key);
    if (template === undefined) known.set(key, (template = i18n.getMessage(key, MARKERS) ?? ''));
    // A function, so that a "$" in a substituted value is kept as it is.
    return template.replace(MARKER, (m) => subs[m.charCodeAt(0) - 0xe001] ?? '');
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
