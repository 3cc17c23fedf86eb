import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('"minus" as the sign', () => {
  it.each([
    ['Temperatures fell to minus 20 degrees.', 'en', -20],
    ['a low of minus 3.5C', 'en', -3.5],
    ['just need minus five percent', 'en', -5],
    ['The answer is minus 5', 'en', -5],
    ['Il fait moins 10 degrés.', 'fr', -10],
    ['Es hatte minus 10 Grad.', 'de', -10],
    ['menos 5 grados', 'es', -5],
  ])('%s (%s) -> %d', (sentence, lang, value) => {
    expect(read(sentence, lang).map((f) => f.value)).toContain(value);
  });

  it.each([
    ['The margin of error is plus or minus 4 percentage points.', 'en', 4],
    ['moins 10 personnes', 'fr', 10],
    ['10 minus 3', 'en', 3],
  ])('%s (%s): no sign', (sentence, lang, value) => {
    expect(read(sentence, lang).map((f) => f.value)).toContain(value);
  });
});
