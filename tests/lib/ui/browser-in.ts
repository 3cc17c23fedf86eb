/**
 * A stand-in for the extension's `browser.i18n` in one of the shipped languages: messages from
 * public/_locales/<lang>, substituted the way the browsers do. Install it before the code under
 * test first asks for a plural (the plural rules are chosen once per page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From the project root (vitest's working directory): under happy-dom import.meta.url is no file URL.
const localesDir = join(process.cwd(), 'public', '_locales');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function browserIn(lang: 'en' | 'fr' | 'de' | 'es') {
  const messages: Messages = JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
  const getMessage = (key: string, subs: string[] = []): string => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, digit?: string) => {
      if (digit) return subs[Number(digit) - 1] ?? '';
      const content = entry.placeholders?.[name!.toLowerCase()]?.content;
      return content === undefined ? whole : content.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
    });
  };
  return { i18n: { getMessage, getUILanguage: () => lang } };
}

