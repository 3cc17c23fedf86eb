import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('bounds and hedges in French, German, Spanish and Portuguese', () => {
  it.each([
    ['plus de 100 personnes', 'fr', 100, '>', 'plus de 100 personnes'],
    ["plus d'un million de personnes", 'fr', 1e6, '>', "plus d'un million de personnes"],
    ['au moins 30 morts', 'fr', 30, '>', 'au moins 30 morts'],
    ['environ 200 blessés', 'fr', 200, '~', 'environ 200 blessés'],
    ["jusqu'à 5 000 euros", 'fr', 5000, '<', "jusqu'à 5 000 euros"],
    // Past the noun, the figure's text is the number and its noun, as in English ("100 people or more").
    ['100 personnes ou plus', 'fr', 100, '>', '100 personnes'],
    ['más de 100 muertos', 'es', 100, '>', 'más de 100 muertos'],
    ['unos 200 heridos', 'es', 200, '~', 'unos 200 heridos'],
    ['hasta 5 millones de dólares', 'es', 5e6, '<', 'hasta 5 millones de dólares'],
    ['mais de 100 mortos', 'pt', 100, '>', 'mais de 100 mortos'],
    ['cerca de 200 feridos', 'pt', 200, '~', 'cerca de 200 feridos'],
    ['mehr als 100 Tote', 'de', 100, '>', 'mehr als 100 Tote'],
    ['rund 200 Verletzte', 'de', 200, '~', 'rund 200 Verletzte'],
    ['bis zu 5 Millionen Euro', 'de', 5e6, '<', 'bis zu 5 Millionen Euro'],
  ])('%s (%s)', (sentence, lang, value, bound, text) => {
    const f = read(sentence, lang)[0];
    expect([f?.value, f?.bound, f?.text]).toEqual([value, bound, text]);
  });

  it('"d\'un homme" is no figure', () => {
    expect(read("Il a parlé d'un homme.", 'fr')).toEqual([]);
  });
});

describe('ranges in French, German, Spanish and Portuguese', () => {
  it.each([
    ['entre 10 et 20 morts', 'fr', 10, 20],
    ['de 10 à 20 morts', 'fr', 10, 20],
    ['de 3 000 à 5 000 euros', 'fr', 3000, 5000],
    ['deux ou trois personnes', 'fr', 2, 3],
    ['entre 10 y 20 muertos', 'es', 10, 20],
    ['de 10 a 20 heridos', 'es', 10, 20],
    ['entre 10 e 20 mortos', 'pt', 10, 20],
    ['zwischen 10 und 20 Tote', 'de', 10, 20],
    ['von 10 bis 20 Verletzte', 'de', 10, 20],
    // Two opposite comparisons joined by "and" or "but".
    ['El número es mayor que 10 y menor que 20.', 'es', 10, 20],
    ['más de 100 y menos de 200 personas', 'es', 100, 200],
    ['größer als 10 und kleiner als 20', 'de', 10, 20],
    ['plus de 10 mais moins de 20', 'fr', 10, 20],
    ['maior que 10 e menor que 20', 'pt', 10, 20],
  ])('%s (%s)', (sentence, lang, low, high) => {
    const f = read(sentence, lang)[0];
    expect([f?.value, f?.high]).toEqual([low, high]);
  });

  it.each([
    ['Le chômage est passé de 7 à 8 %.', 'fr'],
    ['El paro subió de 7 a 8 %.', 'es'],
    ['ganó 3 a 1', 'es'],
  ])('%s (%s): a change or a score, no range', (sentence, lang) => {
    expect(read(sentence, lang).filter((f) => f.high !== null)).toEqual([]);
  });
});
