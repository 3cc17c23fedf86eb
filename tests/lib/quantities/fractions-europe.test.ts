import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('shares of a whole in French, German, Spanish and Portuguese', () => {
  it.each([
    ['plus de la moitié des personnes sont venues ici.', 'fr', 'moitié', 0.5],
    ['les deux tiers des électeurs', 'fr', 'deux tiers', 2 / 3],
    ['trois quarts des habitants', 'fr', 'trois quarts', 0.75],
    ['La mitad de la clase no vino esta mañana.', 'es', 'mitad', 0.5],
    ['dos tercios de los votos', 'es', 'dos tercios', 2 / 3],
    ['a metade dos votos', 'pt', 'metade', 0.5],
    ['Die Hälfte der Stimmen', 'de', 'Hälfte', 0.5],
    ['zwei Drittel der Befragten', 'de', 'zwei Drittel', 2 / 3],
  ])('%s (%s)', (sentence, lang, text, value) => {
    const f = read(sentence, lang).find((x) => x.kind === 'multiplier');
    expect(f?.text).toBe(text);
    expect(f?.value).toBeCloseTo(value, 9);
  });

  it.each([
    ['un quart d\'heure', 'fr'],
    ['Reservó un cuarto de hotel.', 'es'],
    ['Ele dormiu no quarto do hotel.', 'pt'],
    ['Sie wohnt im Viertel.', 'de'],
  ])('%s (%s): no share', (sentence, lang) => {
    expect(read(sentence, lang).filter((f) => f.kind === 'multiplier')).toEqual([]);
  });
});
