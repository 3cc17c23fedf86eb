import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { englishMessage, t, tn } from '../../../lib/ui/i18n';
import en from '../../../public/_locales/en/messages.json';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('t', () => {
  it.each([
    ['gatheringProgress', [3, 7], 'Fetching 3 of 7 reports'],
    ['andMore', ['A, B', 47], 'A, B and 47 more'],
    ['copyCitationFor', ['people injured'], 'Copy citation: people injured'],
    ['analyseNow', [], 'Analyse this page'],
  ] as const)('%s %j', (key, subs, expected) => {
    expect(t(key, [...subs])).toBe(expected);
  });

  describe('through the browser’s i18n', () => {
    // A stand-in for browser.i18n.getMessage: substitutes the way the browsers do (English file).
    const install = () => {
      const getMessage = vi.fn((key: string, subs: string[] = []) => (key in en ? englishMessage(key, subs) : ''));
      vi.stubGlobal('browser', { i18n: { getMessage } });
      return getMessage;
    };
    afterEach(() => vi.unstubAllGlobals());

    it.each([
      ['gatheringProgress', [3, 7], 'Fetching 3 of 7 reports'],
      ['andMore', ['A, B', 47], 'A, B and 47 more'],
      ['copyCitationFor', ['costs $2 and $1'], 'Copy citation: costs $2 and $1'],
      ['analyseNow', [], 'Analyse this page'],
    ] as const)('%s %j gives what the browser gives', (key, subs, expected) => {
      install();
      expect(t(key, [...subs])).toBe(expected);
    });

    it('asks the browser once per message, however many times it is shown', () => {
      const getMessage = install();
      expect([t('gatheringProgress', [1, 2]), t('gatheringProgress', [5, 9]), t('analyseNow'), t('analyseNow')]).toEqual([
        'Fetching 1 of 2 reports',
        'Fetching 5 of 9 reports',
        'Analyse this page',
        'Analyse this page',
      ]);
      expect(getMessage).toHaveBeenCalledTimes(2);
    });
  });

  it('falls back to the key for an unknown message', () => {
    expect(englishMessage('noSuchKey', [])).toBe('noSuchKey');
  });
});

describe('messages.json', () => {
  it('has a valid name, a message, and declared placeholders for every entry', () => {
    for (const [key, entry] of Object.entries(en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.length).toBeGreaterThan(0);
      for (const name of entry.message.match(/\$([a-z]+)\$/gi) ?? []) expect(entry.placeholders?.[name.slice(1, -1).toLowerCase()], `${key} ${name}`).toBeDefined();
    }
  });

  it('holds every key the UI asks for', () => {
    const files = [...sources('components'), ...sources('lib/ui'), ...sources('entrypoints/sidepanel'), ...sources('entrypoints/popup'), ...sources('entrypoints/welcome'), ...sources('entrypoints/options')];
    const used = new Set(files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/\bt(?:n)?\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});

describe('tn: counted messages in the singular where the language says "one"', () => {
  it.each([
    ['differenceCount', 1, '1 difference'],
    ['differenceCount', 2, '2 differences'],
    ['differenceCount', 0, '0 differences'],
    ['figuresAgree', 1, '1 figure agrees'],
    ['attributionsSingle', 1, '1 source with nothing to compare'],
    ['popupReports', 21, '21 reports of this event'],
  ] as const)('%s with %i: %s', (key, count, expected) => {
    expect(tn(key, count)).toBe(expected);
  });

  it('every counted message with a singular twin keeps its placeholders', () => {
    const keys = Object.keys(en).filter((k) => k.endsWith('One'));
    expect(keys.length).toBeGreaterThanOrEqual(8);
    for (const one of keys) {
      const plural = one.slice(0, -3) as keyof typeof en;
      expect(en[plural], one).toBeDefined();
      expect(englishMessage(one, ['7'])).toContain('7');
    }
  });
});

describe('in a browser without the `browser` global (Chrome before 148)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks `chrome.i18n` instead', () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { i18n: { getMessage: (key: string) => (key === 'analyseNow' ? 'Analyser cette page' : '') } });
    expect(t('analyseNow')).toBe('Analyser cette page');
  });
});
