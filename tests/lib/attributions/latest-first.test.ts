import { describe, expect, it } from 'vitest';
import { latestFirst } from '../../../lib/attributions/latest-first';

describe('latestFirst', () => {
  it.each([
    [[]],
    [[1]],
    [[1, 2]],
    [[3, 1, 2]],
    [[5, 9, 1, 7, 3]],
    // Past the insertion sort's reach: the built-in sort, the same order.
    [Array.from({ length: 40 }, (_, i) => (i * 17) % 41)],
  ])('%j: latest first', (times) => {
    const list = times.map((seen) => ({ seen }));
    latestFirst(list);
    expect(list.map((e) => e.seen)).toEqual([...times].sort((a, b) => b - a));
  });
});
