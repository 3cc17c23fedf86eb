// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/Panel';
import type { TabState } from '../../lib/protocol';
import type { Comparison } from '../../lib/model';
import { REPORT_A, REPORT_C, seedLikeComparison } from './comparison-fixture';
import { panelEffects } from './render-panel';

afterEach(cleanup);

const tab = { tabId: 5, url: 'https://a.example/kz' };
const article = (comparison: Comparison, gathering: { done: number; total: number } | null = null): TabState => ({ status: 'article', url: tab.url, reportId: 'rA', comparison, differences: 4, gathering });

function renderPanel(state: TabState | null, extra: { pending?: boolean; failure?: string | null } = {}) {
  const comparison = state?.status === 'article' ? state.comparison : null;
  const setup = panelEffects(comparison);
  const result = render(<Panel snapshot={{ tab, state, pending: extra.pending ?? false, failure: extra.failure ?? null }} actions={setup.actions} />);
  return { ...setup, ...result };
}

describe('Panel states explain themselves', () => {
  it.each([
    [{ status: 'idle', url: null } as TabState, 'Not analysed yet'],
    [{ status: 'analysing', url: null } as TabState, 'Analysing this page…'],
    [{ status: 'not-article', url: null, reason: 'not-article', message: 'This page does not look like an article.' } as TabState, 'This page does not look like an article.'],
    [{ status: 'error', url: null, message: 'Could not save.', problem: 'storage-full' } as TabState, 'Prune old reports (here, or under Retention in the options page), then try again.'],
    [{ status: 'error', url: null, message: 'Extraction failed.' } as TabState, 'Try again; if it keeps happening, reload the page.'],
  ])('%o', (state, words) => {
    renderPanel(state);
    expect(screen.getByRole('status').textContent).toContain(words);
  });

  it('offers to prune old reports when storage is full', () => {
    const { prune } = renderPanel({ status: 'error', url: null, message: 'QuotaExceededError', problem: 'storage-full' });
    expect(screen.getByText('Storage is full')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prune old reports' }));
    expect(prune).toHaveBeenCalledTimes(1);
  });

  it('offers to analyse a page that was not analysed, and does it', () => {
    const { analyse } = renderPanel({ status: 'not-article', url: null, reason: 'not-article', message: '' });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('hints at adding sources when the article is the only report, with a button to the options', () => {
    const comparison = { ...seedLikeComparison(), reports: [REPORT_A] };
    const { effects } = renderPanel(article(comparison));
    expect(screen.getByRole('status').textContent).toContain('No other reports of this event yet');
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect(effects.openOptions).toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: /Figures/ })).toBeNull();
  });

  it('shows gathering progress beside the comparison', () => {
    renderPanel(article(seedLikeComparison(), { done: 3, total: 7 }));
    // The first live region is the panel's state (rows have their own for "Copied").
    expect(screen.getAllByRole('status')[0]!.textContent).toContain('Fetching 3 of 7 reports');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kazakhstan Reports Casualties. UN Calls for Non Violence');
  });
});

describe('Panel with a comparison', () => {
  it('heads with the event, the counts and the reports in time order', () => {
    const comparison = seedLikeComparison();
    comparison.reports = [...comparison.reports, REPORT_C];
    renderPanel(article(comparison));
    expect(screen.getByText('5 differences')).toBeTruthy();
    expect(screen.getByText('(2 in figures, 3 in attributions, across 3 reports)')).toBeTruthy();
    const timeline = screen.getByRole('list', { name: 'Reports in publication order' });
    expect([...timeline.querySelectorAll('.px-timeline__outlet')].map((e) => e.textContent)).toEqual(['Southern Wire', 'Eastern Post', 'Night Desk']);
    expect(screen.getByRole('list', { name: 'Differences by kind' }).textContent).toContain('verb 2');
  });

  it('explains the marks in words in a legend one click away', () => {
    renderPanel(article(seedLikeComparison()));
    fireEvent.click(screen.getByRole('button', { name: /What the marks mean/ }));
    expect(screen.getByText('The same value with a different approximation word (about, nearly, at least).')).toBeTruthy();
  });

  it.each([
    ['Markdown', 'parallax-kazakhstan-reports-casualties-un-calls-for-non-violence.md', 'text/markdown;charset=utf-8', '## Figures'],
    ['CSV', 'parallax-kazakhstan-reports-casualties-un-calls-for-non-violence.csv', 'text/csv;charset=utf-8', 'section,item,status,kinds,outlet'],
    ['JSON', 'parallax-kazakhstan-reports-casualties-un-calls-for-non-violence.json', 'application/json;charset=utf-8', '"counter-terrorist"'],
  ])('exports the comparison as %s', (button, name, mime, content) => {
    const { effects } = renderPanel(article(seedLikeComparison()));
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(effects.download).toHaveBeenCalledWith(name, mime, expect.stringContaining(content));
  });

  it('moves between rows with the arrow keys', () => {
    renderPanel(article(seedLikeComparison()));
    const rows = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-row'));
    expect(rows.length).toBe(5); // 2 figures and 2 sources that differ, 1 source cited by one outlet
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[1]);
    // From a control inside a row too.
    const chip = rows[1]!.querySelector('button')!;
    chip.focus();
    fireEvent.keyDown(chip, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rows[2]);
    fireEvent.keyDown(rows[2]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(rows[1]);
  });

  it('makes every row and control reachable with Tab (focusable, named)', () => {
    renderPanel(article(seedLikeComparison()));
    const rows = screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-row'));
    expect(rows.every((r) => r.tabIndex === 0 && r.getAttribute('aria-labelledby'))).toBe(true);
    for (const button of screen.getAllByRole('button')) expect(button.textContent!.trim() || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('renders a hostile title as text', () => {
    const comparison = seedLikeComparison();
    comparison.reports[0] = { ...comparison.reports[0]!, title: '<img src=x onerror=alert(1)>Breaking' };
    comparison.reports[1] = { ...comparison.reports[1]!, title: '' };
    renderPanel(article(comparison));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror=alert(1)>Breaking');
    expect(document.querySelector('img')).toBeNull();
  });
});
