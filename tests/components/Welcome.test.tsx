// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { demoComparison } from '../../entrypoints/welcome/demo';
import { Panel } from '../../components/Panel';
import { panelEffects } from './render-panel';

afterEach(cleanup);

// The welcome page analyses its two bundled reports with the real pipeline: this checks that the
// demo shows what the seed gold says a reader must see (../shared/gold/seed-pair.json).
describe('welcome demo', () => {
  const { comparison, readingId } = demoComparison();

  it('compares the two bundled reports, the first as the page read', () => {
    expect(comparison.reports.map((r) => r.outlet)).toEqual(['Outlet A (demo)', 'Outlet B (demo)']);
    expect(readingId).toBe(comparison.reports[0]!.id);
  });

  it('renders the panel with the injured officers’ hedges marked', () => {
    const { actions } = panelEffects(comparison, readingId);
    render(<Panel snapshot={{ tab: null, state: { status: 'article', url: null, reportId: readingId, comparison, differences: 0, gathering: null }, pending: false, failure: null }} actions={actions} />);
    const row = screen.getAllByRole('listitem').find((li) => li.hasAttribute('data-row') && /750/.test(li.textContent!) && /nearly/.test(li.textContent!));
    expect(row, 'a row with 750 and "nearly"').toBeTruthy();
    const marks = [...row!.querySelectorAll('mark.px-chip__diff--hedge')].map((m) => m.firstChild!.textContent);
    expect(marks.sort()).toEqual(['about', 'nearly']);
    expect(within(row!).getByText('hedge')).toBeTruthy();
  });
});
