import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../../lib/tabs';

describe('createRateLimit', () => {
  it('allows `limit` events per window per key, then refuses until the window moves on', () => {
    let t = 0;
    const rate = createRateLimit(3, 60_000, () => t);
    expect([1, 2, 3, 4].map(() => rate.allow(7))).toEqual([true, true, true, false]);
    expect(rate.allow(8)).toBe(true);
    t = 59_999;
    expect(rate.allow(7)).toBe(false);
    t = 60_000;
    expect(rate.allow(7)).toBe(true);
  });

  it('refused events do not count', () => {
    let t = 0;
    const rate = createRateLimit(1, 1000, () => t);
    rate.allow('a');
    for (let i = 0; i < 100; i++) rate.allow('a');
    t = 1000;
    expect(rate.allow('a')).toBe(true);
  });

  it('forgets a closed tab', () => {
    const rate = createRateLimit(1, 1000, () => 0);
    rate.allow(1);
    rate.forget(1);
    expect(rate.allow(1)).toBe(true);
  });
});
