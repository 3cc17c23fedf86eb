// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelPage, messageLanguage } from '../../../lib/ui/page-language';
import { t } from '../../../lib/ui/i18n';
import { browserIn } from './browser-in';

afterEach(() => vi.unstubAllGlobals());

describe('a page\'s language and title from its messages', () => {
  it.each(['en', 'fr', 'de', 'es'] as const)('in a %s browser the page says so', (lang) => {
    vi.stubGlobal('browser', browserIn(lang));
    labelPage(document, t('optionsTitle'));
    expect(document.documentElement.lang).toBe(lang);
    expect(document.title).toBe({ en: 'Parallax options', fr: 'Options de Parallax', de: 'Parallax-Optionen', es: 'Opciones de Parallax' }[lang]);
  });

  it('is English where the browser has no messages (tests, the command line)', () => {
    expect(messageLanguage()).toBe('en');
  });

  it('keeps the title when none is given', () => {
    document.title = 'Parallax';
    labelPage(document);
    expect(document.title).toBe('Parallax');
  });
});
