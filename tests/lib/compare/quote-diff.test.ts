import { describe, expect, it } from 'vitest';
import { quoteDiff, quoteSimilarity } from '../../../lib/compare/quote-diff';

describe('quoteDiff (word level)', () => {
  it.each([
    ['one word changed', 'a counter-terrorism operation', 'a counter-terrorist operation', [['same', 'a '], ['removed', 'counter-terrorism'], ['added', 'counter-terrorist'], ['same', ' operation']]],
    ['identical', 'terrorist attack', 'terrorist attack', [['same', 'terrorist attack']]],
    ['words added', 'refrain from violence', 'refrain from all violence', [['same', 'refrain from '], ['added', 'all '], ['same', 'violence']]],
    ['emoji and accents kept whole', 'café ☕ fermé', 'café 🍵 fermé', [['same', 'café '], ['removed', '☕'], ['added', '🍵'], ['same', ' fermé']]],
  ])('%s', (_, a, b, parts) => {
    const diff = quoteDiff(a, b);
    expect(diff.map((p) => [p.op, p.text])).toEqual(parts);
    expect(diff.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(a);
    expect(diff.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(b);
  });

  it('scores shared words', () => {
    expect(quoteSimilarity('terrorist attack', 'terrorist attack')).toBe(1);
    expect(quoteSimilarity('armed resistance', 'eliminated')).toBe(0);
  });
});
