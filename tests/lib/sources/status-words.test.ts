import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeFetchProblem, type FetchProblem } from '../../../lib/sources/fetch-problems';
import { feedMessage } from '../../../lib/sources/feeds';
import { browserIn } from '../ui/browser-in';

/** A source's status on the options page: why its feed could not be read, in the reader's language. */
afterEach(() => vi.unstubAllGlobals());

describe('fetch problems in words', () => {
  it.each([
    ['en', 'not-found', 404, null, 'The address was not found (404). Check the feed address.'],
    ['en', 'server', null, null, 'The server had an error (unknown); Parallax will try again later.'],
    ['de', 'server', 503, null, 'Beim Server ist ein Fehler aufgetreten (503); Parallax versucht es später erneut.'],
    ['de', 'login', null, null, 'Die Website lieferte stattdessen eine Anmeldeseite: Vielleicht ist ein Konto nötig.'],
    ['es', 'http', 418, null, 'El servidor respondió con un error (418).'],
    ['fr', 'login', 403, null, 'Le site a refusé l’accès (403)\u00a0: il exige peut-être une connexion.'],
    ['fr', 'timeout', null, null, 'Le serveur n’a pas répondu à temps\u00a0; Parallax réessaiera plus tard.'],
  ] as const)('%s %s (%s)', (lang, problem, status, retryAt, expected) => {
    vi.stubGlobal('browser', browserIn(lang));
    expect(describeFetchProblem(problem as FetchProblem, status, retryAt)).toBe(expected);
  });

  // The time in the browser's own format (the test machine's here: "10:30 AM" or "10:30").
  it('names the time of the next try', () => {
    vi.stubGlobal('browser', browserIn('de'));
    expect(describeFetchProblem('rate-limited', 429, Date.UTC(2026, 0, 1, 10, 30))).toMatch(/^Der Server hat Parallax gebeten, langsamer zu werden; Parallax versucht es nach \d{1,2}:\d\d\D* erneut\.$/);
  });
});

describe('what a feed address returned instead of a feed', () => {
  it.each([
    ['en', 'html', 'The feed address returned a web page, not a feed.'],
    ['fr', 'empty', 'L’adresse du flux n’a rien renvoyé.'],
    ['es', 'malformed', 'El feed está dañado y no se pudo leer.'],
  ] as const)('%s %s', (lang, kind, expected) => {
    vi.stubGlobal('browser', browserIn(lang));
    expect(feedMessage(kind)).toBe(expected);
  });
});
