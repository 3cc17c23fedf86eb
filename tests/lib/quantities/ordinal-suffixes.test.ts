import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('ordinals written with digits and a suffix (fr, es, pt)', () => {
  it.each([
    [' subamos al 4to piso ', 'es', 'ordinal', '4to'],
    ['Quedó en 2º lugar.', 'es', 'ordinal', '2º'],
    [' subimos ao 4o piso ', 'pt', 'ordinal', '4o'],
    ['É a 1ª vez.', 'pt', 'ordinal', '1ª'],
    ['dans le 3e arrondissement', 'fr', 'ordinal', '3e'],
    ['au 2ème tour', 'fr', 'ordinal', '2ème'],
    // The first of a month is a date.
    ['le 1er janvier', 'fr', 'date', '1er janvier'],
    ['el 1º de mayo', 'es', 'date', '1º de mayo'],
    ['em 1o de maio', 'pt', 'date', '1o de maio'],
    // Counts and measures stay so.
    ['Hay 4 heridos.', 'es', 'count', '4 heridos'],
    ['Il fait 4°C.', 'fr', 'measure', '4°C'],
  ])('%s (%s) -> %s %s', (sentence, lang, kind, text) => {
    expect(read(sentence, lang).map((f) => [f.kind, f.text])).toContainEqual([kind, text]);
  });
});

describe('one before a unit of measure', () => {
  it.each([
    ['that one mile can provide.', 'one mile'],
  ])('%s', (sentence, text) => {
    expect(read(sentence).map((f) => [f.kind, f.text])).toContainEqual(['measure', text]);
  });

  it('"the one who left" is no figure', () => {
    expect(read('the one who left')).toEqual([]);
  });
});
