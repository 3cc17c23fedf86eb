import { describe, expect, it } from 'vitest';
import { closestQuote, diffWords } from '../../../lib/ui/quote-diff';

const render = (parts: ReturnType<typeof diffWords>) => parts.map((p) => (p.op === 'same' ? p.text : p.op === 'removed' ? `[-${p.text}]` : `{+${p.text}}`)).join('');

describe('diffWords', () => {
  it.each([
    ['counter-terrorism', 'counter-terrorist', 'counter-[-terrorism]{+terrorist}'],
    ['a counter-terrorism operation', 'a counter-terrorist operation', 'a counter-[-terrorism]{+terrorist} operation'],
    ['armed resistance', 'armed resistance', 'armed resistance'],
    ['terrorist attack', 'a terrorist attack', '{+a }terrorist attack'],
    ['dozens of attackers', 'attackers', '[-dozens of ]attackers'],
    ['', 'new words', '{+new words}'],
    ['Заявление министерства', 'Заявление правительства', 'Заявление [-министерства]{+правительства}'],
    ['fire 🔥 spread', 'fire 🔥 spreads', 'fire 🔥 [-spread]{+spreads}'],
  ])('%s -> %s', (before, after, expected) => {
    expect(render(diffWords(before, after))).toBe(expected);
  });

  it('never splits a word: every changed part is made of whole tokens', () => {
    const parts = diffWords('the ministry stated', 'the ministers stated');
    expect(parts.filter((p) => p.op !== 'same').map((p) => p.text)).toEqual(['ministry', 'ministers']);
  });

  it('rebuilds both texts exactly', () => {
    const before = 'Police “eliminated” dozens, it said.';
    const after = 'Police eliminated dozens of attackers, it claimed.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
});

describe('closestQuote', () => {
  it('picks the reference sharing most words', () => {
    expect(closestQuote('counter-terrorist operation', ['terrorist gangs', 'counter-terrorism operation'])).toBe('counter-terrorism operation');
  });
  it('gives null when no reference shares a word', () => {
    expect(closestQuote('armed resistance', ['terrorist attack'])).toBeNull();
  });
});
