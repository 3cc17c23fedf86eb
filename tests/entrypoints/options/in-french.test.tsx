// @vitest-environment happy-dom
/**
 * The options page in a French browser: the messages and the plural rules are French, numbers,
 * dates and sizes follow the locale, and no English sentence is left among them.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { approximateSize, reportCount, summarySentence } from '../../../entrypoints/options/data-words';
import { GatheringSettings } from '../../../entrypoints/options/GatheringSettings';
import { PrivacyNote } from '../../../entrypoints/options/PrivacyNote';
import { SourceForm } from '../../../entrypoints/options/SourceForm';
import { SourceStatusLine } from '../../../entrypoints/options/SourceStatusLine';
import { StarterList } from '../../../entrypoints/options/StarterList';
import { importSources } from '../../../lib/sources/import-export';
import { browserIn } from '../../lib/ui/browser-in';

const nbsp = '\u00a0';
/** Intl puts a no-break space between a number and its unit; which one varies with the ICU version. */
const unitSpaces = (text: string) => text.replace(/(\d)[\u00a0\u202f](octets?|ko|Mo|Go)/g, '$1 $2');

beforeAll(() => vi.stubGlobal('browser', browserIn('fr')));
afterAll(() => vi.unstubAllGlobals());
afterEach(cleanup);

describe('"Your data" in French', () => {
  it.each([
    // French calls 0 and 1 singular.
    [0, 0, '0 article'],
    [1, 0, '1 article'],
    [3, 1, '3 articles et 1 version antérieure'],
    [1234, 2, `1${'\u202f'}234 articles et 2 versions antérieures`],
  ])('%i reports, %i earlier versions: %s', (reports, revisions, expected) => {
    expect(reportCount(reports, revisions, 'fr-FR')).toBe(expected);
  });

  it.each([
    [512, '512 octets'],
    [12_345, '12,3 ko'],
    [5_000_000, '5 Mo'],
  ])('%i bytes: %s', (bytes, expected) => {
    expect(unitSpaces(approximateSize(bytes, 'fr-FR'))).toBe(expected);
  });

  it('says what is stored in one French sentence', () => {
    const summary = { reports: 3, revisions: 1, oldestCapture: '2026-10-30T08:00:00Z', newestCapture: '2026-11-05T12:30:00Z', bytes: 12_345 };
    expect(unitSpaces(summarySentence(summary, 'fr-FR'))).toBe(`En mémoire${nbsp}: 3 articles et 1 version antérieure du 30 oct. 2026 au 5 nov. 2026${nbsp}; environ 12,3 ko.`);
  });
});

describe('the options page in French', () => {
  it('labels the source form and says its errors in French', () => {
    render(<SourceForm editing={null} makeId={() => 'id'} onSave={() => {}} />);
    const form = screen.getByRole('form', { name: 'Ajouter une source' });
    fireEvent.input(within(form).getByLabelText('Domaines'), { target: { value: 'pas un domaine' } });
    fireEvent.input(within(form).getByLabelText('Flux (facultatif)'), { target: { value: 'ftp://x.example/flux' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Ajouter la source' }));
    expect(screen.getAllByRole('alert').map((e) => e.textContent)).toEqual([
      'Donnez un nom à la source.',
      `«${nbsp}pas${nbsp}» n’est pas un domaine (par exemple${nbsp}: bbc.co.uk).`,
      `«${nbsp}ftp://x.example/flux${nbsp}» n’est pas une adresse http ou https.`,
    ]);
  });

  it.each([
    [{ checkedAt: '', items: 0, error: null, lacksAccess: false }, 'Pas encore vérifiée.'],
    [{ checkedAt: '', items: 0, error: null, lacksAccess: true }, `Parallax n’a pas accès à ce site${nbsp}: il ne peut ni lire ses flux ni capturer ses pages. Autoriser l’accès`],
  ])('says a source\'s status in French: %j', (status, expected) => {
    render(<SourceStatusLine name="Le Monde" hasFeeds status={status} onAllowAccess={() => {}} />);
    expect(document.querySelector('.px-status')!.textContent).toBe(expected);
  });

  it('counts feed items with the French plural', () => {
    render(<SourceStatusLine name="Le Monde" hasFeeds status={{ checkedAt: '2026-01-01T10:00:00Z', items: 1, error: null, lacksAccess: false }} onAllowAccess={() => {}} />);
    expect(screen.getByText(/^Vérifiée le .* · 1 élément$/)).toBeTruthy();
  });

  it('names the intervals, the retention and the starter outlets\' countries in French', () => {
    render(<GatheringSettings gathering={{ enabled: true, pollMinutes: 30 }} retentionDays={1} onGathering={() => {}} onRetention={() => {}} />);
    const options = (label: string) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options('Vérifier les flux')).toEqual(['toutes les 15 minutes', 'toutes les 30 minutes', 'toutes les heures', 'toutes les 2 heures', 'toutes les 6 heures', 'toutes les 12 heures', 'une fois par jour']);
    expect(options('Conserver les articles')).toEqual(['pendant 7 jours', 'pendant 30 jours', 'pendant 90 jours', 'pendant 180 jours', 'pendant 365 jours', 'indéfiniment', 'pendant 1 jour']);
    cleanup();
    render(<StarterList sources={[]} onAdd={() => {}} onRemove={() => {}} />);
    expect(screen.getByLabelText(/^BBC News/).closest('li')!.textContent).toBe('BBC News (Royaume-Uni)');
    expect(screen.getByLabelText(/^Reuters/).closest('li')!.textContent).toBe('Reuters (Royaume-Uni, pas de flux public)');
  });

  it('quotes the "Check feeds now" button by its French name in the privacy note', () => {
    render(<PrivacyNote />);
    expect(screen.getByText(/appuyez sur « Vérifier les flux »/)).toBeTruthy();
  });

  it.each([
    ['{"sources": "nope"', 'Ce fichier n’est pas du JSON valide.'],
    ['{"format":"parallax-sources","version":9,"sources":[]}', 'Ce fichier de sources a été créé par une version plus récente de Parallax.'],
    ['[{"domains":["x.example"]}]', `Source n°${nbsp}1${nbsp}: "name" manque.`],
    ['[{"name":"BBC","domains":["pas un domaine"]}]', `Source n°${nbsp}1 («${nbsp}BBC${nbsp}»)${nbsp}: «${nbsp}pas un domaine${nbsp}» n’est pas un domaine valide.`],
    ['[{"name":"BBC","domains":["bbc.com"],"enabled":"oui"}]', `Source n°${nbsp}1 («${nbsp}BBC${nbsp}»)${nbsp}: enabled doit valoir true ou false.`],
  ])('refuses a bad sources file in French: %s', (text, message) => {
    expect(importSources(text, () => 'id')).toEqual({ ok: false, message });
  });
});
