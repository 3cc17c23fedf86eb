import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, stateView } from '../../../lib/ui/state-view';
import { popupFacts } from '../../../lib/ui/popup-view';
import type { TabState } from '../../../lib/protocol';
import { REPORT_A, seedLikeComparison } from '../../components/comparison-fixture';
import { browserIn } from './browser-in';

const tab = { tabId: 1, url: null };
const view = (state: TabState | null, extra: { pending?: boolean; failure?: string | null } = {}) => stateView({ tab, state, pending: extra.pending ?? false, failure: extra.failure ?? null });
const article = (reports: number, gathering: { done: number; total: number } | null = null): TabState => {
  const comparison = seedLikeComparison();
  if (reports === 1) comparison.reports = [REPORT_A];
  return { status: 'article', url: null, reportId: 'rA', comparison, differences: 4, gathering };
};

describe('stateView', () => {
  it.each([
    [null, true, 'loading'],
    [null, false, 'no-tab'],
    [{ status: 'idle', url: null } as TabState, false, 'idle'],
    [{ status: 'analysing', url: null } as TabState, false, 'analysing'],
  ])('%o (pending %s) -> %s', (state, pending, situation) => {
    expect(view(state, { pending }).situation).toBe(situation);
  });

  it('says why a page is not an article, and what to do', () => {
    const v = view({ status: 'not-article', url: null, reason: 'too-large', message: 'This page has 70,000 elements, more than Parallax reads (60,000).' });
    expect(v).toMatchObject({ situation: 'not-article', title: 'Not an article', detail: 'This page has 70,000 elements, more than Parallax reads (60,000).' });
    expect(v.advice).toMatch(/live blog/);
    expect(view({ status: 'not-article', url: null, reason: 'restricted', message: '' }).detail).toBe('The browser does not let extensions read this page.');
  });

  it.each([
    ['too-large', 'This page has 70,000 elements, more than Parallax reads (60,000).', 'Diese Seite ist zu groß zum Lesen.'],
    ['no-permission', 'Parallax may not read this page. Open its popup on the page and choose "Analyse this page".', 'Parallax hat keine Berechtigung, diese Website zu lesen.'],
  ] as const)('in a German browser gives the reason in German, not the page reader\'s English words (%s)', (reason, message, expected) => {
    vi.stubGlobal('browser', browserIn('de'));
    try {
      expect(view({ status: 'not-article', url: null, reason, message }).detail).toBe(expected);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('in a Spanish browser leaves the store\'s English out of a full-storage state: title and advice say it', () => {
    vi.stubGlobal('browser', browserIn('es'));
    try {
      const v = view({ status: 'error', url: null, message: 'The browser\'s storage for Parallax is full, so saving this report did not happen.', problem: 'storage-full' });
      expect(v).toMatchObject({ situation: 'storage-full', detail: '' });
      expect(v.advice).toMatch(/^El almacenamiento del navegador para Parallax está lleno/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('hints at adding sources when the article has no other report', () => {
    const v = view(article(1));
    expect(v.situation).toBe('alone');
    expect(v.advice).toMatch(/options page/);
  });

  it('shows gathering progress in words', () => {
    expect(view(article(1, { done: 3, total: 7 })).progress).toBe('Fetching 3 of 7 reports');
    expect(view(article(2)).situation).toBe('compared');
  });

  it('advises pruning when storage is full', () => {
    const v = view({ status: 'error', url: null, message: 'QuotaExceededError: The quota has been exceeded.' });
    expect(v.situation).toBe('storage-full');
    expect(v.advice).toMatch(/Prune old reports/);
    expect(view({ status: 'error', url: null, message: 'Not saved.', problem: 'storage-full' }).situation).toBe('storage-full');
    expect(view(null, { failure: 'Receiving end does not exist.' }).advice).toMatch(/Try again/);
    expect(isQuotaError('disk full')).toBe(false);
  });
});

describe('popupFacts', () => {
  it('sums up an article in one glance', () => {
    expect(popupFacts(article(2))).toEqual({
      article: true,
      event: 'Kazakhstan Reports Casualties. UN Calls for Non Violence',
      kinds: 'verb 2, only one 2, hedge 1, quote 1',
      reports: '2 reports of this event',
      // Counted from the comparison (the state says 4; the single-outlet source is one more).
      differences: '5 differences',
    });
    expect(popupFacts(article(1)).differences).toBeNull();
    expect(popupFacts({ status: 'idle', url: null }).article).toBe(false);
  });
});
