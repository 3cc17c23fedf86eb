import { describe, expect, it } from 'vitest';
import { closestQuote, quotesOf } from '../../../lib/ui/quotes';

describe('closestQuote', () => {
  it.each([
    ['counter-terrorist operation', ['terrorist gangs', 'a counter-terrorist operation'], 'a counter-terrorist operation'],
    ['terrorist gangs', ['terrorist gangs', 'counter-terrorist'], 'terrorist gangs'],
    ['armed resistance', ['terrorist attack'], null],
    ['counter-terrorist', ['counter-terrorism', 'terrorist gangs'], 'counter-terrorism'],
    ['Counter-Terrorist', ['unrelated words'], null],
    ['anything', [], null],
  ])('%s among %j', (quote, references, expected) => {
    expect(closestQuote(quote, references)).toBe(expected);
  });
});

describe('quotesOf', () => {
  it('takes every quoted passage, else the first, else none', () => {
    expect(quotesOf({ quote: 'a', quotes: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(quotesOf({ quote: 'a' })).toEqual(['a']);
    expect(quotesOf({ quote: null, quotes: [] })).toEqual([]);
  });
});
