import { describe, expect, it } from 'vitest';
import { formatHedge, formatNumber, formatTime, formatValue, parseTime, stanceLabel } from '../../../lib/ui/format';
import { figure } from '../../components/comparison-fixture';

describe('formatValue', () => {
  it.each([
    ['en', figure('r', { value: 1000, low: 1000 }), '1,000'],
    ['de', figure('r', { value: 1000, low: 1000 }), '1.000'],
    ['fr', figure('r', { value: 1234.5, low: 1234.5 }), '1\u202f234,5'],
    ['en', figure('r', { value: 10, low: 10, high: 12 }), '10–12'],
    ['en', figure('r', { kind: 'percent', unit: '%', value: 12.5, low: 12.5 }), '12.5%'],
    ['en', figure('r', { kind: 'money', unit: '$', value: 5, low: 5 }), '$5'],
    ['en', figure('r', { kind: 'measure', unit: 'km', value: 3, low: 3 }), '3 km'],
    ['en', figure('r', { kind: 'measure', unit: 'category', value: 4, low: 4 }), 'Category 4'],
    ['de', figure('r', { kind: 'measure', unit: 'magnitude', value: 7.8, low: 7.8 }), 'magnitude 7,8'],
    ['en', figure('r', { kind: 'vague', text: 'dozens of attackers', unit: 'attackers', value: 24, low: 24 }), 'dozens'],
    ['en', figure('r', { kind: 'vague', text: 'several hundred protesters', unit: 'protesters', value: 200, low: 200 }), 'several hundred'],
    ['en', figure('r', { kind: 'vague', text: 'hundreds', unit: '', value: 200, low: 200 }), 'hundreds'],
    ['en', figure('r', { kind: 'count', unit: 'law enforcement', value: 750, low: 750 }), '750'],
    ['en', figure('r', { kind: 'multiplier', unit: '', text: 'twofold', value: 2, low: 2 }), '×2'],
    ['en', figure('r', { kind: 'multiplier', unit: 'times', text: '3 times', value: 3, low: 3 }), '×3'],
    ['de', figure('r', { kind: 'multiplier', unit: 'fold', text: '2.5-fold', value: 2.5, low: 2.5 }), '×2,5'],
  ])('%s %#', (locale, mention, expected) => {
    expect(formatValue(mention, locale)).toBe(expected);
  });
});

describe('formatHedge', () => {
  it.each([
    [{ hedge: 'nearly', bound: '<' as const, kind: 'count' as const }, 'nearly'],
    [{ hedge: null, bound: '>' as const, kind: 'count' as const }, 'at least'],
    [{ hedge: null, bound: '<' as const, kind: 'count' as const }, 'up to'],
    [{ hedge: null, bound: '~' as const, kind: 'count' as const }, 'about'],
    [{ hedge: null, bound: '=' as const, kind: 'count' as const }, ''],
    [{ hedge: null, bound: '>' as const, kind: 'vague' as const }, ''],
  ])('%o -> %s', (mention, expected) => {
    expect(formatHedge(mention)).toBe(expected);
  });
});

describe('times', () => {
  it('keeps a date without a time on its day, with no invented hour', () => {
    const text = formatTime('2022-01-06', 'en-GB');
    expect(text).toBe('6 Jan 2022');
  });
  it('formats a full time in the locale', () => {
    expect(formatTime('2022-01-06T15:47:00Z', 'en-GB')).toMatch(/6 Jan 2022/);
  });
  it('says when the time is unknown', () => {
    expect(formatTime(null, 'en')).toBe('time unknown');
    expect(formatTime('not a date', 'en')).toBe('time unknown');
    expect(parseTime('')).toBeNull();
  });
});

it('names every stance in words', () => {
  expect(['neutral', 'assertive', 'tentative', 'distancing'].map((s) => stanceLabel(s as 'neutral'))).toEqual(['neutral', 'assertive', 'tentative', 'distancing']);
  expect(formatNumber(0.333333, 'en')).toBe('0.33');
});
