import { describe, expect, it } from 'vitest';
import { once } from '../../../lib/attributions/once';

describe('once: a value read on first need, then remembered', () => {
  it.each([[null], [0], ['x'], [undefined]])('reads %s once however often it is asked for', (value) => {
    let reads = 0;
    const get = once(() => { reads++; return value; });
    expect(reads).toBe(0);
    expect([get(), get(), get()]).toEqual([value, value, value]);
    expect(reads).toBe(1);
  });
});
