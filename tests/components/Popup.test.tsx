// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import type { TabState } from '../../lib/protocol';
import { seedLikeComparison } from './comparison-fixture';

afterEach(cleanup);

function renderPopup(state: TabState | null, panelError: string | null = null) {
  const handlers = { onOpenPanel: vi.fn(), onAnalyse: vi.fn(), onForget: vi.fn(), onOpenOptions: vi.fn() };
  render(<Popup snapshot={{ tab: { tabId: 3, url: null }, state, pending: false, failure: null }} panelError={panelError} {...handlers} />);
  return handlers;
}

describe('Popup', () => {
  it('sums up an article: reports found and differences', () => {
    renderPopup({ status: 'article', url: null, reportId: 'rA', comparison: seedLikeComparison(), differences: 4, gathering: null });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Article');
    expect(status.textContent).toContain('2 reports of this event');
    expect(status.textContent).toContain('5 differences (verb 2, only one 2, hedge 1, quote 1)');
  });

  it('says when the page is not an article, and why', () => {
    renderPopup({ status: 'not-article', url: null, reason: 'restricted', message: '' });
    expect(screen.getByRole('status').textContent).toContain('Not an article');
    expect(screen.getByRole('status').textContent).toContain('The browser does not let extensions read this page.');
    expect(screen.queryByRole('button', { name: 'Forget this page' })).toBeNull();
  });

  it('opens the panel from a button with a stable name and test id', () => {
    const handlers = renderPopup({ status: 'idle', url: null });
    const open = screen.getByRole('button', { name: 'Open panel' });
    expect(open.getAttribute('data-testid')).toBe('open-panel');
    fireEvent.click(open);
    expect(handlers.onOpenPanel).toHaveBeenCalledTimes(1);
  });

  it('analyses, forgets and opens the options', () => {
    const handlers = renderPopup({ status: 'article', url: null, reportId: 'rA', comparison: seedLikeComparison(), differences: 4, gathering: null });
    fireEvent.click(screen.getByRole('button', { name: 'Analyse this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Forget this page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open options' }));
    expect([handlers.onAnalyse, handlers.onForget, handlers.onOpenOptions].map((f) => f.mock.calls.length)).toEqual([1, 1, 1]);
  });

  it('shows why the panel could not open', () => {
    renderPopup({ status: 'idle', url: null }, 'This browser has no side panel.');
    expect(screen.getByRole('alert').textContent).toBe('This browser has no side panel.');
  });
});
