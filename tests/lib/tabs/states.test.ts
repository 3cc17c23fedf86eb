import { describe, expect, it, vi } from 'vitest';
import { TabStates, badgeText, differencesOf, trustArticle, sameSite, siteOf } from '../../../lib/tabs';
import type { Comparison } from '../../../lib/model';
import type { TabState } from '../../../lib/protocol';

const comparison = (statuses: Array<'differs' | 'agrees' | 'single'>): Comparison => ({
  reports: [],
  numbers: statuses.map((status) => ({ what: 'x', status, kinds: [], mentions: [] })),
  attributions: [{ entity: 'ohchr', status: 'differs', kinds: ['cue'], mentions: [] }],
});
const article = (differences: number): TabState => ({ status: 'article', url: 'https://a.example/', reportId: 'r1', comparison: comparison([]), differences, gathering: null });

describe('differencesOf', () => {
  it.each([
    [[], 1],
    [['differs', 'agrees', 'single'], 2],
    [['agrees', 'agrees'], 1],
  ] as const)('%j figures + 1 differing attribution -> %i', (statuses, expected) => {
    expect(differencesOf(comparison([...statuses]))).toBe(expected);
  });

  it('counts a figure only one of several outlets reports, as the panel does', () => {
    const only: Comparison = {
      reports: [{ id: 'a', outlet: 'A', title: '', publishedAt: null, url: null }, { id: 'b', outlet: 'B', title: '', publishedAt: null, url: null }],
      numbers: [{ what: 'gas price hike', status: 'single', kinds: ['only'], mentions: [] }, { what: 'states', status: 'agrees', kinds: [], mentions: [] }],
      attributions: [],
    };
    expect(differencesOf(only)).toBe(1);
    expect(differencesOf({ ...only, reports: only.reports.slice(0, 1) })).toBe(0);
  });
});

describe('badgeText', () => {
  it.each<[string, TabState | undefined, string]>([
    ['no state', undefined, ''],
    ['an article with 4 differences', article(4), '4'],
    ['an article that agrees', article(0), ''],
    ['a huge count', article(12345), '999'],
    ['an error', { status: 'error', url: null, message: 'x' }, '!'],
    ['not an article', { status: 'not-article', url: null, reason: 'not-article', message: 'x' }, ''],
  ])('%s -> %j', (_label, state, text) => {
    expect(badgeText(state)).toBe(text);
  });
});

describe('TabStates', () => {
  it('broadcasts every change and sets the badge when it changes', () => {
    const onChange = vi.fn();
    const setBadge = vi.fn();
    const tabs = new TabStates({ onChange, setBadge });
    tabs.set(5, { status: 'analysing', url: null });
    tabs.set(5, article(3));
    tabs.set(5, article(3));
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange).toHaveBeenLastCalledWith({ type: 'tab:state', tabId: 5, state: article(3) });
    expect(setBadge.mock.calls).toEqual([[5, ''], [5, '3']]);
  });

  it('finds the tabs showing a report and keeps a snapshot without transient states', () => {
    const tabs = new TabStates({ onChange: () => undefined, setBadge: () => undefined });
    tabs.set(1, article(1));
    tabs.set(2, { status: 'analysing', url: null });
    tabs.set(3, { status: 'not-article', url: 'https://a.example/', reason: 'empty', message: 'Empty.' });
    expect(tabs.tabsShowing(new Set(['r1']))).toEqual([1]);
    expect(tabs.snapshot()).toEqual({
      1: { kind: 'report', url: 'https://a.example/', reportId: 'r1' },
      3: { kind: 'state', state: { status: 'not-article', url: 'https://a.example/', reason: 'empty', message: 'Empty.' } },
    });
  });
});

describe('trustArticle', () => {
  const base = { url: 'https://evil.example/x', canonicalUrl: null, outlet: 'X', title: 'T', byline: null, lang: 'en', publishedAt: null, modifiedAt: null, text: 'Text.' };
  it.each([
    ['a canonical on another site is refused (it would overwrite that outlet\'s report)', 'https://www.rt.com/news/1', 'https://evil.example/page', 'https://evil.example/page'],
    ['a canonical on the same site is kept', 'https://www.rt.com/news/1', 'https://amp.rt.com/news/1', 'https://www.rt.com/news/1'],
    ['a fragment is dropped', 'https://rt.com/news/1#comments', 'https://rt.com/news/1', 'https://rt.com/news/1'],
    ['no canonical: the page address', null, 'http://127.0.0.1:4000/rt/', 'http://127.0.0.1:4000/rt/'],
  ])('%s', (_label, canonicalUrl, sender, expected) => {
    const trusted = trustArticle({ ...base, url: sender, canonicalUrl }, sender);
    expect(trusted.canonicalUrl).toBe(expected);
    expect(trusted.url).toBe(sender);
  });
  it.each([
    ['a same-origin address pushed by a single-page app is the page\'s', 'https://rt.com/news/2?story=b', 'https://rt.com/news/1', 'https://rt.com/news/2?story=b'],
    ['an address on another origin is replaced by the browser\'s', 'https://bbc.com/news/1', 'https://evil.example/page', 'https://evil.example/page'],
  ])('%s', (_label, pageUrl, sender, expected) => {
    expect(trustArticle({ ...base, url: pageUrl }, sender).url).toBe(expected);
  });

  it.each([
    ['www.rt.com', 'rt.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.abc.net.au', 'abc.net.au'],
    ['www3.nhk.or.jp', 'nhk.or.jp'],
    ['www.lemonde.fr', 'lemonde.fr'],
    ['127.0.0.1', '127.0.0.1'],
  ])('siteOf(%s) = %s', (host, site) => {
    expect(siteOf(host)).toBe(site);
  });

  it('a page on another .co.uk site cannot claim a BBC address', () => {
    expect(sameSite('https://evil.co.uk/a', 'https://www.bbc.co.uk/news/1')).toBe(false);
    expect(sameSite('https://www.bbc.co.uk/news/1', 'https://m.bbc.co.uk/news/1')).toBe(true);
  });

  it('sameSite compares registrable-looking hosts', () => {
    expect(sameSite('https://a.rt.com/', 'http://rt.com/x')).toBe(true);
    expect(sameSite('https://rt.com/', 'https://rt.co/')).toBe(false);
    expect(sameSite('not a url', 'https://rt.com/')).toBe(false);
  });
});
