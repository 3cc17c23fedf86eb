// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureSection } from '../../components/FigureSection';
import { seedLikeComparison } from './comparison-fixture';
import { renderWithActions } from './render-panel';

afterEach(cleanup);

describe('FigureSection', () => {
  it('shows what differs and folds agreements until asked', () => {
    const comparison = seedLikeComparison();
    renderWithActions(<FigureSection items={comparison.numbers} reports={comparison.reports} readingId="rA" />, comparison);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Figures 2 of 3 differ');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['rise in liquefied petroleum gas prices', 'law enforcement officers injured']);
    const fold = screen.getByRole('button', { name: '1 figure agrees' });
    fireEvent.click(fold);
    expect(screen.getByRole('heading', { name: 'separate attacks in Almaty' })).toBeTruthy();
    // The agreeing row is shown plainly: no kind badge, no marks.
    expect(screen.getByRole('listitem', { name: 'separate attacks in Almaty' }).querySelector('mark, .px-kind')).toBeNull();
    fireEvent.click(fold);
    expect(screen.queryByRole('heading', { name: 'separate attacks in Almaty' })).toBeNull();
  });

  it('says so when nothing differs or nothing was found', () => {
    const comparison = seedLikeComparison();
    const agreeing = comparison.numbers.filter((i) => i.status === 'agrees');
    const { unmount } = renderWithActions(<FigureSection items={agreeing} reports={comparison.reports} readingId="rA" />, comparison);
    expect(screen.getByText('No figure differs between the reports.')).toBeTruthy();
    unmount();
    renderWithActions(<FigureSection items={[]} reports={comparison.reports} readingId="rA" />, comparison);
    expect(screen.getByText('No figures found in these reports.')).toBeTruthy();
  });
});
