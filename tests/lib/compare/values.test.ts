import { describe, expect, it } from 'vitest';
import { compatible, hedgeGroup, type Value } from '../../../lib/compare/values';

const v = (value: number, bound: Value['bound'] = '=', high: number | null = null): Value => ({ value, low: value, high, bound });

describe('compatible', () => {
  it.each([
    ['at least 27 / 31', v(27, '>'), v(31), true],
    ['31 / at least 27', v(31), v(27, '>'), true],
    ['27 / 31', v(27), v(31), false],
    ['at least 31 / 27', v(31, '>'), v(27), false],
    ['about 750 / nearly 750', v(750, '~'), v(750, '<'), true],
    ['more than 77 / at least 99 (two claims)', v(77, '>'), v(99, '>'), false],
    ['up to 14 / 12', v(14, '<'), v(12), true],
    ['about 1,000 / 1,020', v(1000, '~'), v(1020), true],
    ['about 1,000 / 1,200', v(1000, '~'), v(1200), false],
    ['two to three weeks / 2', v(2, '=', 3), v(2), true],
    ['two to three / four to five', v(2, '=', 3), v(4, '=', 5), false],
    ['5 thousand / 5,000', v(5000), v(5000), true],
  ])('%s', (_, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
  });
});

describe('hedgeGroup', () => {
  it.each([
    ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['nearly', 'almost'], ['almost', 'almost'],
    ['at least', 'at least'], ['more than', 'more than'], ['over', 'more than'], ['as many as', 'up to'], ['Around', 'about'],
    [null, null], ['potentially', 'potentially'],
  ])('%s -> %s', (hedge, group) => {
    expect(hedgeGroup(hedge)).toBe(group);
  });
});
