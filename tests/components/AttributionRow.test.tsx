// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AttributionRow } from '../../components/AttributionRow';
import { AttributionSection } from '../../components/AttributionSection';
import { QuoteDiff } from '../../components/QuoteDiff';
import { seedLikeComparison } from './comparison-fixture';
import { renderWithActions } from './render-panel';

afterEach(cleanup);

describe('QuoteDiff', () => {
  it('strikes the reader’s words the other outlet lacks and marks the words it adds', () => {
    render(<QuoteDiff reference="a counter-terrorism operation" quote="a counter-terrorist operation" />);
    expect(document.querySelector('del')!.textContent).toBe('missing here: counter-terrorism');
    expect(document.querySelector('ins')!.textContent).toBe('added here: counter-terrorist');
    expect(document.querySelector('q')!.textContent).toBe('a missing here: counter-terrorismadded here: counter-terrorist operation');
  });
  it('shows an identical quote with no marks', () => {
    render(<QuoteDiff reference="terrorist attack" quote="terrorist attack" />);
    expect(document.querySelector('del, ins')).toBeNull();
  });
});

describe('AttributionRow', () => {
  const comparison = seedLikeComparison();

  it('gives each outlet’s verb with its stance in words', () => {
    renderWithActions(<ul><AttributionRow item={comparison.attributions[1]!} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    const row = screen.getByRole('listitem', { name: 'OHCHR' });
    const noted = within(row).getByRole('button', { name: /noted/ });
    const alleged = within(row).getByRole('button', { name: /alleged/ });
    expect(noted.textContent).toBe('noted (neutral)');
    expect(alleged.textContent).toBe('alleged (distancing)');
    expect(alleged.querySelector('.px-verb--distancing')).not.toBeNull();
  });

  it('diffs the other outlet’s quote against the reader’s', () => {
    renderWithActions(<ul><AttributionRow item={comparison.attributions[0]!} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    const row = screen.getByRole('listitem', { name: 'the authorities' });
    expect([...row.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['missing here: counter-terrorism']);
    expect([...row.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['added here: counter-terrorist']);
    // The reader's own quote is shown plain.
    expect(within(row).getByRole('button', { name: /called for/ }).querySelector('del, ins')).toBeNull();
  });

  it('asks for a highlight of the reader’s sentence on click', async () => {
    const { fake } = renderWithActions(<ul><AttributionRow item={comparison.attributions[1]!} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    fireEvent.click(screen.getByRole('button', { name: /noted/ }));
    await waitFor(() => expect(fake.send).toHaveBeenCalledWith('ui:highlight', expect.objectContaining({ tabId: 5, text: 'The ministry said so.' })));
  });
});

describe('AttributionSection', () => {
  it('lists sources cited by one outlet only, and folds agreements one click away', () => {
    const comparison = seedLikeComparison();
    renderWithActions(<AttributionSection items={comparison.attributions} reports={comparison.reports} readingId="rA" />, comparison);
    expect(screen.getByRole('heading', { name: 'Cited by one outlet only (1)' })).toBeTruthy();
    expect(screen.getByRole('listitem', { name: 'energy ministry' })).toBeTruthy();
    expect(screen.getByText('Not cited by Southern Wire')).toBeTruthy();
    const fold = screen.getByRole('button', { name: /1 source reported alike/ });
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('listitem', { name: 'law enforcement' })).toBeNull();
    fireEvent.click(fold);
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listitem', { name: 'law enforcement' })).toBeTruthy();
  });
});
