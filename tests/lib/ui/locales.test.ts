import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../../lib/ui/i18n';

/**
 * The translated UI strings against the English file: a locale that lacks a key, drops a
 * placeholder or keeps an English sentence shows the reader a hole, a raw "$1" or a language
 * switch, and no browser warns about any of these.
 */
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Entry>;

const localesDir = fileURLToPath(new URL('../../../public/_locales/', import.meta.url));
const read = (lang: string): Messages => JSON.parse(readFileSync(join(localesDir, lang, 'messages.json'), 'utf8'));
const en = read('en');
const translated = readdirSync(localesDir).filter((lang) => lang !== 'en').sort();
const locales = translated.map((lang) => [lang, read(lang)] as const);

/**
 * Messages that are right to read as in English: names, file formats, and words the language
 * shares with English. Each must really be identical (checked below), so the list stays honest.
 */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  de: ['extName', 'exportMarkdown', 'exportCsv', 'exportJson', 'stanceNeutral', 'fieldName', 'fieldDomains', 'fieldFeeds', 'sourceEntryProblem'],
  es: ['extName', 'exportMarkdown', 'exportCsv', 'exportJson', 'stanceNeutral', 'sourceEntryProblem'],
  fr: ['extName', 'exportMarkdown', 'exportCsv', 'exportJson', 'kindSource', 'popupArticle'],
};

/** Named placeholders ($count$) and direct substitutions ($1) a message uses, sorted. */
function substitutionsIn(message: string): string[] {
  const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => `$${m[1]!.toLowerCase()}$`);
  const direct = [...message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`);
  return [...named, ...direct].sort();
}

/** What a browser's i18n.getMessage does with a messages file: $name$ -> content -> $n -> value. */
function getMessageFrom(messages: Messages) {
  return (key: string, subs: string[] = []): string => {
    const entry = messages[key];
    if (!entry) return '';
    const fill = (text: string) => text.replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? '');
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, digit?: string) => {
      if (digit) return subs[Number(digit) - 1] ?? '';
      const content = entry.placeholders?.[name!.toLowerCase()]?.content;
      return content === undefined ? whole : fill(content);
    });
  };
}

describe('the translated locales', () => {
  it('include French, German and Spanish', () => {
    expect(translated).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
  });

  describe.each(locales)('%s', (lang, messages) => {
    it('has exactly the English keys', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });

    it('uses the same placeholders and substitutions as English in every message', () => {
      for (const [key, entry] of Object.entries(en)) {
        const local = messages[key];
        if (!local) continue; // reported by the key test
        expect(substitutionsIn(local.message), key).toEqual(substitutionsIn(entry.message));
        expect(local.placeholders ?? {}, key).toEqual(entry.placeholders ?? {});
      }
    });

    it('has no empty message', () => {
      expect(Object.entries(messages).filter(([, entry]) => !entry.message?.trim()).map(([key]) => key)).toEqual([]);
    });

    it('translates every message except the listed ones, which are identical to English', () => {
      const identical = Object.keys(en).filter((key) => messages[key]?.message === en[key]!.message);
      expect(identical.sort()).toEqual([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
    });

    it('keeps short labels short (the panel is narrow)', () => {
      const long = Object.keys(en).filter((key) => {
        const english = en[key]!.message.length;
        return english <= 20 && (messages[key]?.message.length ?? 0) > english * 2 + 4;
      });
      expect(long).toEqual([]);
    });

    it('quotes the "Analyse this page" button by its translated name', () => {
      const button = messages.analyseNow!.message;
      expect(messages.adviceNotArticle!.message).toContain(button);
      expect(messages.adviceNoPermission!.message).toContain(button);
    });

    it('keeps the store description within Chrome Web Store’s 132 characters', () => {
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    });
  });

  it('French puts a no-break space, never a plain one or none, before : ; ? ! and inside « »', () => {
    const fr = locales.find(([lang]) => lang === 'fr')![1];
    const wrong = Object.entries(fr)
      .filter(([, { message }]) => /[^\u00a0\u202f][:;?!»]|«[^\u00a0\u202f]/.test(message.replace(/\$[A-Za-z0-9_@]+\$/g, 'x')))
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });
});

describe('t in a French browser', () => {
  const globals = globalThis as { browser?: unknown };
  const before = globals.browser;
  afterEach(() => {
    globals.browser = before;
  });

  it.each([
    ['gatheringProgress', [3, 7], 'Récupération des articles\u00a0: 3 sur 7'],
    ['andMore', ['Le Monde, DW', 2], 'Le Monde, DW et 2 autres'],
    ['copyCitationFor', ['personnes blessées'], 'Copier la citation\u00a0: personnes blessées'],
    ['updateLine', [26, 164, '6 janv.', '9 janv.'], 'Chiffre passé de 26 à 164 (de 6 janv. à 9 janv.)'],
    ['analyseNow', [], 'Analyser cette page'],
  ] as const)('%s %j', (key, subs, expected) => {
    globals.browser = { i18n: { getMessage: getMessageFrom(read('fr')) } };
    expect(t(key, [...subs])).toBe(expected);
  });

  it('falls back to English for a key the browser has no message for', () => {
    const { analyseNow: _dropped, ...rest } = read('fr');
    globals.browser = { i18n: { getMessage: getMessageFrom(rest) } };
    expect(t('analyseNow')).toBe('Analyse this page');
  });
});
