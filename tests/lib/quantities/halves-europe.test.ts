import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('a half in French, Spanish, Portuguese and German numbers', () => {
  it.each([
    ['Il y a un million et demi de possibilités', 'fr', 1.5e6],
    ['La population est de 3 millions et demi', 'fr', 3.5e6],
    ["Un demi-million d'œufs ont été cassés", 'fr', 5e5],
    ['une demi-douzaine', 'fr', 6],
    ['cinq et demi', 'fr', 5.5],
    ['un et demi', 'fr', 1.5],
    ['La población es 2 millones y medio', 'es', 2.5e6],
    ['Ellos obtuvieron tres millones y medio', 'es', 3.5e6],
    ['medio millón de personas', 'es', 5e5],
    ['media docena de huevos', 'es', 6],
    ['A população é de 2 milhões e meio', 'pt', 2.5e6],
    ['meio milhão de pessoas', 'pt', 5e5],
    ['meia dúzia de ovos', 'pt', 6],
    ['Es gibt zweieinhalb Stücke', 'de', 2.5],
    ['anderthalb Millionen Möglichkeiten', 'de', 1.5e6],
    ['eineinhalb Milliarden', 'de', 1.5e9],
    ['eine halbe Million Menschen', 'de', 5e5],
  ])('%s (%s) -> %d', (sentence, lang, value) => {
    expect(read(sentence, lang)[0]?.value).toBe(value);
  });

  it('"un homme et demi" is no number', () => {
    expect(read('Il a vu un homme et demi', 'fr')).toEqual([]);
  });
});
