// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ValueChart } from '../../components/ValueChart';
import type { FigureItem } from '../../lib/model';
import { REPORT_A, REPORT_B, REPORT_C, figure } from './comparison-fixture';

afterEach(cleanup);

const item = (a: number, b: number, c: number): FigureItem => ({
  what: 'people killed',
  status: 'differs',
  kinds: ['value'],
  mentions: [figure('rA', { value: a, low: a }), figure('rB', { value: b, low: b }), figure('rC', { value: c, low: c })],
});

describe('ValueChart', () => {
  it('draws one point per outlet in time order with its value in words', () => {
    render(<ValueChart item={item(8, 12, 1000)} reports={[REPORT_C, REPORT_A, REPORT_B]} locale="en-GB" />);
    const chart = screen.getByRole('img', { name: 'people killed over publication time: rising, from 8 to 1,000' });
    const titles = [...chart.querySelectorAll('circle > title')].map((t) => t.textContent);
    expect(titles).toEqual(['Southern Wire, 6 Jan 2022, 09:00: 8', 'Eastern Post, 6 Jan 2022, 15:47: 12', 'Night Desk, 7 Jan 2022, 08:00: 1,000']);
    const xs = [...chart.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cx')));
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(chart.querySelector('path')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('reads a conflict as up and down', () => {
    render(<ValueChart item={item(18, 9, 18)} reports={[REPORT_A, REPORT_B, REPORT_C]} locale="en" />);
    expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByText(/up and down/)).toBeTruthy();
  });

  it('draws nothing for fewer than three dated values', () => {
    const { container } = render(<ValueChart item={item(1, 2, 3)} reports={[REPORT_A, REPORT_B]} locale="en" />);
    expect(container.innerHTML).toBe('');
  });
});
