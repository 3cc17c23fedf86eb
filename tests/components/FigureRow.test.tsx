// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureRow } from '../../components/FigureRow';
import { REPORT_A, REPORT_B, REPORT_C, figure, seedLikeComparison } from './comparison-fixture';
import { renderWithActions } from './render-panel';

afterEach(cleanup);

describe('FigureRow', () => {
  const comparison = seedLikeComparison();
  const injured = comparison.numbers[0]!;

  it('shows one chip per outlet with hedge, value, source and verb', () => {
    renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    const row = screen.getByRole('listitem', { name: 'law enforcement officers injured' });
    const chips = within(within(row).getByRole('list', { name: /Outlets reporting/ })).getAllByRole('button');
    expect(chips).toHaveLength(2);
    // Marked parts carry "(differs)" for screen readers; the visible words are in order around it.
    const text = (el: HTMLElement) => el.textContent!.replace(/ \(differs\)/g, '').replace(/\s+/g, ' ');
    expect(text(chips[0]!)).toMatch(/^Southern Wire \(this page\) about 750 interior ministry · according to, 6 Jan 2022, 09:00$/);
    expect(text(chips[1]!)).toMatch(/^Eastern Post nearly 750 interior ministry · claimed/);
    expect(within(row).getByText('hedge')).toBeTruthy();
    expect(within(row).getByText('verb')).toBeTruthy();
  });

  it('marks the differing parts, and says so in words', () => {
    renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.className.replace('px-chip__diff px-chip__diff--', '') + ':' + m.firstChild!.textContent)).toEqual([
      'hedge:about', 'cue:according to', 'hedge:nearly', 'cue:claimed',
    ]);
    expect(marks[0]!.textContent).toContain('(differs)');
  });

  it('clicking the page’s own chip asks the background to highlight its sentence', async () => {
    const { fake } = renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    fireEvent.click(screen.getByRole('button', { name: /Southern Wire/ }));
    await waitFor(() => expect(fake.send).toHaveBeenCalledWith('ui:highlight', { tabId: 5, text: injured.mentions[0]!.sentence, start: 10, end: 35 }));
  });

  it('says so when the page no longer has the sentence', async () => {
    const { fake } = renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    fake.send.mockResolvedValueOnce({ found: false });
    fireEvent.click(screen.getByRole('button', { name: /Southern Wire/ }));
    expect((await screen.findByText('This sentence is no longer in the page.')).getAttribute('role')).toBe('status');
  });

  it('clicking another outlet’s chip opens that report at the sentence', async () => {
    const { fake, effects } = renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    fireEvent.click(screen.getByRole('button', { name: /Eastern Post/ }));
    await waitFor(() => expect(effects.openUrl).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/b\.example\/kz#:~:text=The%20ministry/)));
    expect(fake.send).not.toHaveBeenCalled();
  });

  it('says which outlets did not report a figure', () => {
    const gas = comparison.numbers[1]!;
    renderWithActions(<ul><FigureRow item={gas} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    expect(screen.getByText('Not reported by Southern Wire')).toBeTruthy();
    expect(screen.getByText('only one')).toBeTruthy();
  });

  it('copies the item as a citation', async () => {
    const { effects } = renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation: law enforcement officers injured' }));
    await screen.findByText('Copied');
    expect(effects.copyText).toHaveBeenCalledWith('Southern Wire, 6 Jan 2022, 09:00: “According to the interior ministry, about 750 law enforcement have evidenced injuries.” https://a.example/kz');
  });

  it('renders page text as text, never as HTML', () => {
    const evil = { ...injured, what: '<img src=x onerror="window.__pwned=1">', mentions: [figure('rA', { text: '<img src=x onerror=alert(1)>', sentence: '<script>window.__pwned=1</script><b>bold</b>', source: '<img src=y onerror=alert(2)>' })] };
    renderWithActions(<ul><FigureRow item={evil} reports={[REPORT_A]} readingId="rA" /></ul>, comparison);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror="window.__pwned=1">' })).toBeTruthy();
    expect(screen.getByText('<script>window.__pwned=1</script><b>bold</b>')).toBeTruthy();
  });

  it('draws a chart only when the figure was reported three or more times', () => {
    const three = { ...injured, kinds: ['update' as const], mentions: [figure('rA', { value: 8, low: 8 }), figure('rB', { value: 12, low: 12 }), figure('rC', { value: 18, low: 18 })] };
    const { unmount } = renderWithActions(<ul><FigureRow item={three} reports={[REPORT_A, REPORT_B, REPORT_C]} readingId="rA" /></ul>, comparison);
    expect(screen.getByRole('img', { name: /over publication time: rising, from 8 to 18/ })).toBeTruthy();
    unmount();
    renderWithActions(<ul><FigureRow item={injured} reports={comparison.reports} readingId="rA" /></ul>, comparison);
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('FigureRow over time', () => {
  it('states an updated count in words and marks a superseded one', () => {
    const comparison = seedLikeComparison();
    const item = {
      what: 'people killed',
      status: 'differs' as const,
      kinds: ['update' as const],
      update: { from: 8, to: 18, fromAt: '2022-01-06T09:00:00Z', toAt: '2022-01-07T08:00:00Z', direction: 'up' as const },
      mentions: [figure('rA', { value: 8, low: 8 }), figure('rB', { value: 18, low: 18 }), figure('rC', { value: 8, low: 8, stale: true })],
    };
    renderWithActions(<ul><FigureRow item={item} reports={[REPORT_A, REPORT_B, REPORT_C]} readingId="rA" /></ul>, comparison);
    expect(screen.getByText('Count updated from 8 to 18 (6 Jan 2022, 09:00 to 7 Jan 2022, 08:00)')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Night Desk/ }).textContent).toContain('(superseded)');
    expect(screen.getByRole('button', { name: /Eastern Post/ }).textContent).not.toContain('superseded');
  });
});
